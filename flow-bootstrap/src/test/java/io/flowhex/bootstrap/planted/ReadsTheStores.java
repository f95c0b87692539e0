package io.flowhex.bootstrap.planted;

import io.flowhex.application.port.out.FlowhexStores;
import io.flowhex.domain.account.AccessKeyId;

/** Planted violation: the server reading a store beside the driving ports, as the fixture importer once did. */
public final class ReadsTheStores {

    public boolean keyExists(FlowhexStores stores, String id) {
        return stores.accessKeys().findById(new AccessKeyId(id)).isPresent();
    }
}
