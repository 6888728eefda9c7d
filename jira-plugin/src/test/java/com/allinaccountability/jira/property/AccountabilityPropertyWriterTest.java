package com.allinaccountability.jira.property;

import static com.allinaccountability.jira.JiraMocks.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.same;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockConstruction;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.allinaccountability.core.model.Stage;
import com.atlassian.jira.bc.issue.properties.IssuePropertyService;
import com.atlassian.jira.entity.property.EntityPropertyOptions;
import com.atlassian.jira.entity.property.EntityPropertyService.PropertyInput;
import com.atlassian.jira.entity.property.EntityPropertyService.PropertyResult;
import com.atlassian.jira.entity.property.EntityPropertyService.SetPropertyValidationResult;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mockito.MockedConstruction;

class AccountabilityPropertyWriterTest {
    private final IssuePropertyService service = mock(IssuePropertyService.class);
    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final ApplicationUser alice = user("alice-key");
    private final AccountabilityProperty property =
            new AccountabilityProperty(Stage.OWNED, Optional.empty(), Optional.empty(), List.of());

    @Test
    void writes_the_json_under_the_accountability_key_as_the_current_user_skipping_permission_checks() {
        when(authentication.getLoggedInUser()).thenReturn(alice);
        SetPropertyValidationResult valid = mock(SetPropertyValidationResult.class);
        when(valid.isValid()).thenReturn(true);
        PropertyResult stored = mock(PropertyResult.class);
        when(stored.isValid()).thenReturn(true);
        when(service.validateSetProperty(same(alice), eq(7L), any(PropertyInput.class), any(EntityPropertyOptions.class)))
                .thenReturn(valid);
        AccountabilityPropertyWriter writer = new AccountabilityPropertyWriter(service, authentication);
        List<Boolean> writingDuringSet = new ArrayList<>();
        when(service.setProperty(alice, valid)).thenAnswer(call -> {
            writingDuringSet.add(writer.isWritingOnThisThread());
            return stored;
        });
        EntityPropertyOptions options = mock(EntityPropertyOptions.class);
        List<List<?>> inputs = new ArrayList<>();

        try (MockedConstruction<PropertyInput> input = mockConstruction(PropertyInput.class,
                     (mock, context) -> inputs.add(context.arguments()));
             MockedConstruction<EntityPropertyOptions.Builder> builder = mockConstruction(
                     EntityPropertyOptions.Builder.class, (mock, context) -> {
                         when(mock.skipPermissionChecks()).thenReturn(mock);
                         when(mock.build()).thenReturn(options);
                     })) {
            boolean written = writer.write(7L, property);

            assertThat(written).isTrue();
            assertThat(writingDuringSet).as("Jira's synchronous events see the app's own write").containsExactly(true);
            assertThat(writer.isWritingOnThisThread()).as("and nothing after it").isFalse();
            // PropertyInput takes the value first, then the key.
            assertThat(inputs).containsExactly(List.of(property.toJson(), "accountability"));
            verify(builder.constructed().get(0)).skipPermissionChecks();
            verify(service).validateSetProperty(alice, 7L, input.constructed().get(0), options);
            verify(service).setProperty(alice, valid);
        }
    }

    @Test
    void a_refused_validation_is_not_stored() {
        SetPropertyValidationResult invalid = mock(SetPropertyValidationResult.class);
        when(invalid.isValid()).thenReturn(false);
        when(service.validateSetProperty(any(), any(Long.class), any(), any())).thenReturn(invalid);

        try (MockedConstruction<PropertyInput> input = mockConstruction(PropertyInput.class);
             MockedConstruction<EntityPropertyOptions.Builder> builder = mockConstruction(
                     EntityPropertyOptions.Builder.class, (mock, context) ->
                             when(mock.skipPermissionChecks()).thenReturn(mock))) {
            assertThat(new AccountabilityPropertyWriter(service, authentication).write(7L, property)).isFalse();
            verify(service, never()).setProperty(any(), any());
        }
    }
}
