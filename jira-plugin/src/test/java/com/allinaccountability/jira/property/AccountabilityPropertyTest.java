package com.allinaccountability.jira.property;

import static org.assertj.core.api.Assertions.assertThat;

import com.allinaccountability.core.model.HealthFlag;
import com.allinaccountability.core.model.Stage;
import com.allinaccountability.core.model.UserKey;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AccountabilityPropertyTest {

    @Test
    void writes_stage_owner_result_and_health_flags_in_a_stable_order() {
        AccountabilityProperty property = new AccountabilityProperty(Stage.RETROSPECTIVE_WRITTEN,
                Optional.of(UserKey.of("alice-key")), Optional.of("MET"),
                List.of(HealthFlag.OVERDUE, HealthFlag.AWAITING_VERIFICATION));

        assertThat(property.toJson()).isEqualTo("{\"stage\":\"RETROSPECTIVE_WRITTEN\",\"owner\":\"alice-key\","
                + "\"result\":\"MET\",\"health\":[\"OVERDUE\",\"AWAITING_VERIFICATION\"]}");
    }

    @Test
    void absent_owner_and_result_are_null_and_no_flags_an_empty_array() {
        AccountabilityProperty property =
                new AccountabilityProperty(Stage.NONE, Optional.empty(), Optional.empty(), List.of());

        assertThat(property.toJson()).isEqualTo("{\"stage\":\"NONE\",\"owner\":null,\"result\":null,\"health\":[]}");
    }

    @Test
    void user_keys_are_escaped_as_json_strings() {
        AccountabilityProperty property = new AccountabilityProperty(Stage.OWNED,
                Optional.of(UserKey.of("q\"uo\\te\n\u0001\u2028")), Optional.empty(), List.of());

        assertThat(property.toJson()).contains("\"owner\":\"q\\\"uo\\\\te\\n\\u0001\\u2028\"");
    }
}
