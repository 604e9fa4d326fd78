package io.cxkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** CustomerId, Customer and Touchpoint. */
class IdentityTest {
    @Test
    void aCustomerIdKeepsCaseAndInnerSpacesButNotSurroundingSpace() {
        assertThat(CustomerId.of(" Ab C ").value()).isEqualTo("Ab C");
        assertThat(CustomerId.of("a")).isEqualTo(CustomerId.of("a")).isNotEqualTo(CustomerId.of("A"));
        assertThat(CustomerId.of("a").compareTo(CustomerId.of("b"))).isNegative();
    }

    @Test
    void anUnresolvedCustomerIdIsKeyedByItsInteractionAndDistinctFromEveryOrdinaryId() {
        CustomerId u = CustomerId.unresolved("i1");

        assertThat(u.isResolved()).isFalse();
        assertThat(CustomerId.of("i1").isResolved()).isTrue();
        assertThat(u.value()).isEqualTo("~unresolved:i1");
        assertThat(u).isEqualTo(CustomerId.unresolved(" i1 ")).isNotEqualTo(CustomerId.unresolved("i2"))
                .isNotEqualTo(CustomerId.of("i1"));
    }

    @Test
    void anOrdinaryIdCannotTakeTheReservedUnresolvedForm() {
        assertThatThrownBy(() -> CustomerId.of("~unresolved:i1"))
                .hasMessage("customer_id must not start with the reserved prefix '~unresolved:' (leave it empty on "
                        + "a record that only carries identifiers), was '~unresolved:i1'");
        assertThatThrownBy(() -> CustomerId.of(" ~unresolved:i1")).isInstanceOf(IllegalArgumentException.class);
        assertThat(CustomerId.of("unresolved:i1").isResolved()).isTrue();
    }

    @Test
    void anUnresolvedIdNeedsAValidInteractionId() {
        assertThatThrownBy(() -> CustomerId.unresolved(" ")).hasMessage("interaction_id must not be blank, was ' '");
        assertThatThrownBy(() -> new CustomerId("~unresolved:"))
                .hasMessage("unresolved customer_id key must not be blank, was ''");
        assertThat(CustomerId.unresolved("x".repeat(200)).value()).hasSize(212);
    }

    @Test
    void aBadCustomerIdFailsNamingTheField() {
        assertThatThrownBy(() -> CustomerId.of(" ")).hasMessage("customer_id must not be blank, was ' '");
        assertThatThrownBy(() -> CustomerId.of("x".repeat(201)))
                .hasMessage("customer_id must be at most 200 characters, was 201");
        assertThatThrownBy(() -> CustomerId.of("a\u0000b")).hasMessage("customer_id must not contain control characters");
    }

    @Test
    void aCustomerCopiesItsAttributes() {
        Map<String, String> attrs = new HashMap<>(Map.of("plan", "gold"));
        Customer c = new Customer(CustomerId.of("c1"), attrs, Optional.of("smb"));
        attrs.put("plan", "silver");

        assertThat(c.attributes()).containsEntry("plan", "gold");
        assertThat(c).isEqualTo(new Customer(CustomerId.of("c1"), Map.of("plan", "gold"), Optional.of("smb")));
        assertThat(Customer.of(CustomerId.of("c1")).segment()).isEmpty();
    }

    @Test
    void aCustomerAttributeNameMustNotBeBlank() {
        assertThatThrownBy(() -> new Customer(CustomerId.of("c1"), Map.of(" ", "x"), Optional.empty()))
                .hasMessage("attributes names must not be blank");
    }

    @Test
    void aTouchpointNeedsAnIdAndAChannel() {
        assertThat(Touchpoint.of("home", Channel.WEB)).isEqualTo(new Touchpoint("home", Channel.WEB, Optional.empty()));
        assertThat(Touchpoint.of("home", Channel.WEB, JourneyStage.AWARENESS).stage()).contains(JourneyStage.AWARENESS);
        assertThatThrownBy(() -> Touchpoint.of("", Channel.WEB)).hasMessage("touchpoint must not be blank, was ''");
        assertThatThrownBy(() -> Touchpoint.of("home", null)).isInstanceOf(NullPointerException.class)
                .hasMessage("channel must not be null");
    }
}
