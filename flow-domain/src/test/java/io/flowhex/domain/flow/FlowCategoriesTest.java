package io.flowhex.domain.flow;

import static io.flowhex.domain.flow.FlowCategory.APPOINTMENT_BOOKING;
import static io.flowhex.domain.flow.FlowCategory.CONTACT_US;
import static io.flowhex.domain.flow.FlowCategory.CUSTOMER_SUPPORT;
import static io.flowhex.domain.flow.FlowCategory.LEAD_GENERATION;
import static io.flowhex.domain.flow.FlowCategory.OTHER;
import static io.flowhex.domain.flow.FlowCategory.SIGN_IN;
import static io.flowhex.domain.flow.FlowCategory.SIGN_UP;
import static io.flowhex.domain.flow.FlowCategory.SURVEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Flow categories")
class FlowCategoriesTest {

    @Nested
    @DisplayName("one category")
    class OneCategory {

        @Test
        @DisplayName("is one of the eight WhatsApp Flows categories, in the documented order")
        void eightValues() {
            assertThat(Arrays.stream(FlowCategory.values()).map(Enum::name)).containsExactly(
                    "SIGN_UP", "SIGN_IN", "APPOINTMENT_BOOKING", "LEAD_GENERATION", "CONTACT_US",
                    "CUSTOMER_SUPPORT", "SURVEY", "OTHER");
        }

        @ParameterizedTest(name = "{0}")
        @EnumSource(FlowCategory.class)
        @DisplayName("is read back from its wire name")
        void readsWireName(FlowCategory category) {
            assertThat(FlowCategory.fromWire(category.name())).isEqualTo(category);
        }

        @ParameterizedTest(name = "''{0}''")
        @ValueSource(strings = {"sign_up", "Sign_Up", "SIGN UP", "SIGNUP", " SIGN_UP", "", "UNKNOWN"})
        @DisplayName("is not read from any other spelling, since CAMS is case-sensitive")
        void rejectsOtherSpellings(String wire) {
            assertThatThrownBy(() -> FlowCategory.fromWire(wire))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("unknown flow category");
        }

        @Test
        @DisplayName("is not read from null")
        void rejectsNull() {
            assertThatNullPointerException().isThrownBy(() -> FlowCategory.fromWire(null))
                    .withMessage("category must not be null");
        }
    }

    @Nested
    @DisplayName("of a flow")
    class OfAFlow {

        @Test
        @DisplayName("keep the order they were given in, not the enum's order")
        void keepOrder() {
            FlowCategories categories = FlowCategories.of(SURVEY, SIGN_UP, OTHER);

            assertThat(categories.values()).containsExactly(SURVEY, SIGN_UP, OTHER);
            assertThat(categories.names()).containsExactly("SURVEY", "SIGN_UP", "OTHER");
        }

        @Test
        @DisplayName("may hold all eight categories")
        void allEight() {
            FlowCategories categories = new FlowCategories(List.of(OTHER, SURVEY, CUSTOMER_SUPPORT, CONTACT_US,
                    LEAD_GENERATION, APPOINTMENT_BOOKING, SIGN_IN, SIGN_UP));

            assertThat(categories.names()).containsExactly("OTHER", "SURVEY", "CUSTOMER_SUPPORT", "CONTACT_US",
                    "LEAD_GENERATION", "APPOINTMENT_BOOKING", "SIGN_IN", "SIGN_UP");
        }

        @Test
        @DisplayName("reject a category given twice")
        void rejectDuplicates() {
            assertThatThrownBy(() -> FlowCategories.of(SIGN_UP, OTHER, SIGN_UP))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("flow categories must not repeat");
        }

        @Test
        @DisplayName("reject an empty list: a flow needs at least one")
        void rejectEmpty() {
            assertThatThrownBy(() -> new FlowCategories(List.of()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("a flow needs at least one category");
        }

        @Test
        @DisplayName("reject a null list and a list holding null")
        void rejectNulls() {
            List<FlowCategory> withNull = new ArrayList<>();
            withNull.add(SIGN_UP);
            withNull.add(null);

            assertThatNullPointerException().isThrownBy(() -> new FlowCategories(null))
                    .withMessage("categories must not be null");
            assertThatNullPointerException().isThrownBy(() -> new FlowCategories(withNull));
        }

        @Test
        @DisplayName("copy the given list, so changing it afterwards changes nothing")
        void copyDefensively() {
            List<FlowCategory> source = new ArrayList<>(List.of(SIGN_IN, SURVEY));
            FlowCategories categories = new FlowCategories(source);

            source.add(OTHER);
            source.set(0, CONTACT_US);

            assertThat(categories.values()).containsExactly(SIGN_IN, SURVEY);
            assertThatThrownBy(() -> categories.values().add(OTHER)).isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Nested
    @DisplayName("read from wire names")
    class FromWire {

        @Test
        @DisplayName("keep the given order")
        void keepOrder() {
            assertThat(FlowCategories.fromWire(List.of("SURVEY", "SIGN_UP")).values()).containsExactly(SURVEY, SIGN_UP);
        }

        @Test
        @DisplayName("reject an unknown, repeated or missing name, and an empty list")
        void rejectBadLists() {
            assertThatThrownBy(() -> FlowCategories.fromWire(List.of("SIGN_UP", "sign_in")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("unknown flow category");
            assertThatThrownBy(() -> FlowCategories.fromWire(List.of("OTHER", "OTHER")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("flow categories must not repeat");
            assertThatThrownBy(() -> FlowCategories.fromWire(List.of()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("a flow needs at least one category");
            assertThatNullPointerException().isThrownBy(() -> FlowCategories.fromWire(null));
        }
    }
}
