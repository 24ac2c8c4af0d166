package io.omnicart.testkit.simulator.medusa.wire;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FieldTreeTest {

    private static final String DEFAULTS = "id,status,total,*items";

    @Test
    void noFieldsMeansTheDefaults() {
        FieldTree tree = FieldTree.parse(null, DEFAULTS);

        assertThat(tree.columns()).containsExactly("id", "status", "total");
        assertThat(tree.relation("items"))
                .hasValueSatisfying(items -> assertThat(items.isAllColumns()).isTrue());
    }

    @Test
    void plusAndLeadingSpaceAddToTheDefaults() {
        FieldTree tree = FieldTree.parse("+email, currency_code", DEFAULTS);

        assertThat(tree.columns()).containsExactly("id", "status", "total", "email", "currency_code");
        assertThat(tree.hasRelation("items")).isTrue();
    }

    @Test
    void aPlainEntryReplacesTheDefaultsAndIdIsAlwaysFirst() {
        FieldTree tree = FieldTree.parse("email,status", DEFAULTS);

        assertThat(tree.columns()).containsExactly("id", "email", "status");
        assertThat(tree.hasRelation("items")).isFalse();
    }

    @Test
    void starRelationsKeepTheDefaults() {
        FieldTree tree = FieldTree.parse("*customer,*fulfillments.labels", DEFAULTS);

        assertThat(tree.columns()).contains("total");
        assertThat(tree.relation("customer").orElseThrow().isAllColumns()).isTrue();
        FieldTree fulfillments = tree.relation("fulfillments").orElseThrow();
        assertThat(fulfillments.isAllColumns()).isFalse();
        assertThat(fulfillments.relation("labels").orElseThrow().isAllColumns()).isTrue();
    }

    @Test
    void nestedColumnsAndDotStar() {
        FieldTree tree = FieldTree.parse("id,products.id,products.title,+payment_providers.*", DEFAULTS);

        assertThat(tree.relation("products").orElseThrow().columns()).containsExactly("id", "title");
        assertThat(tree.relation("payment_providers").orElseThrow().isAllColumns())
                .isTrue();
    }

    @Test
    void minusRemovesAndUnknownNamesAreHarmless() {
        FieldTree tree = FieldTree.parse("-total,-items,+nonexistent", DEFAULTS);

        assertThat(tree.columns()).containsExactly("id", "status", "nonexistent");
        assertThat(tree.hasRelation("items")).isFalse();
        assertThat(tree.includes("total")).isFalse();
    }

    @Test
    void aColumnNamedLikeARelationSelectsAllOfIt() {
        FieldTree tree = FieldTree.parse("id,customer", DEFAULTS);

        assertThat(tree.relation("customer").orElseThrow().isAllColumns()).isTrue();
    }
}
