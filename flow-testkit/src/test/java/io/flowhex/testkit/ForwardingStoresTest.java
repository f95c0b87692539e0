package io.flowhex.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowhex.application.port.out.FlowhexStores;
import io.flowhex.application.port.out.LinkSigningKeys;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("ForwardingStores")
class ForwardingStoresTest {

    @Test
    @DisplayName("hands on every port of FlowhexStores, the default ones included, as the delegate answers it")
    void forwardsEveryPort() throws Exception {
        Map<Method, Object> answers = new HashMap<>();
        FlowhexStores delegate = (FlowhexStores) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {FlowhexStores.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "toString" -> "delegate";
                    default -> answers.computeIfAbsent(method, ForwardingStoresTest::distinctAnswer);
                });
        FlowhexStores forwarding = new ForwardingStores(delegate) { };

        for (Method port : FlowhexStores.class.getMethods()) {
            assertThat(ForwardingStores.class.getDeclaredMethod(port.getName(), port.getParameterTypes()))
                    .as("ForwardingStores declares %s", port.getName()).isNotNull();
            if (port.getReturnType().isPrimitive()) {
                // reflection boxes a primitive answer anew on each call: equal, not the same box
                assertThat(port.invoke(forwarding)).as(port.getName()).isEqualTo(port.invoke(delegate));
            } else {
                assertThat(port.invoke(forwarding)).as(port.getName()).isSameAs(port.invoke(delegate));
            }
        }
        assertThat(answers).hasSize(FlowhexStores.class.getMethods().length);
    }

    /** A fresh object of the port's type, so that a port answered from the wrong method shows. */
    private static Object distinctAnswer(Method port) {
        if (port.getReturnType() == boolean.class) {
            return true; // the default answers false: true shows it was handed on
        }
        if (port.getReturnType() == Optional.class) {
            return Optional.of(stub(LinkSigningKeys.class));
        }
        return stub(port.getReturnType());
    }

    private static Object stub(Class<?> type) {
        return Proxy.newProxyInstance(ForwardingStoresTest.class.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> method.getName().equals("equals") ? proxy == args[0] : null);
    }
}
