/** One abstract contract suite per driven port; every adapter's tests extend each one it implements. */
package io.flowhex.testkit.contract;
