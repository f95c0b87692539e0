package io.flowhex.application.port.in;

import java.util.Objects;
import java.util.Optional;

/**
 * The actions of CAMS's flow API (2020-06-06): each has its wire name, its RAM action
 * {@code cams:<Action>} on resource {@code *}, and its own documented limit of 5 calls per second
 * per account. The wire names are CAMS's own, misspelling included ({@code GetFlowJSONAssest}).
 */
public enum CamsAction {
    GET_FLOW("GetFlow"),
    CREATE_FLOW("CreateFlow"),
    LIST_FLOW("ListFlow"),
    MODIFY_FLOW("ModifyFlow"),
    DELETE_FLOW("DeleteFlow"),
    PUBLISH_FLOW("PublishFlow"),
    DEPRECATE_FLOW("DeprecateFlow"),
    GET_FLOW_JSON_ASSET("GetFlowJSONAssest"),
    UPDATE_FLOW_JSON_ASSET("UpdateFlowJSONAsset"),
    GET_FLOW_PREVIEW_URL("GetFlowPreviewUrl");

    /** The limit every CAMS flow action page documents. */
    public static final int DOCUMENTED_QPS = 5;

    private final String wireName;
    private final String ramAction;

    CamsAction(String wireName) {
        this.wireName = wireName;
        this.ramAction = "cams:" + wireName;
    }

    /** The {@code Action} parameter, e.g. {@code GetFlow}. */
    public String wireName() {
        return wireName;
    }

    /** The action RAM policies name, e.g. {@code cams:GetFlow}. */
    public String ramAction() {
        return ramAction;
    }

    /** Calls per second per account when neither the application nor the account says otherwise. */
    public int defaultQps() {
        return DOCUMENTED_QPS;
    }

    /** The action of a wire name, matched exactly (the gateway is case-sensitive). */
    public static Optional<CamsAction> fromWire(String name) {
        Objects.requireNonNull(name, "name");
        for (CamsAction action : values()) {
            if (action.wireName.equals(name)) {
                return Optional.of(action);
            }
        }
        return Optional.empty();
    }
}
