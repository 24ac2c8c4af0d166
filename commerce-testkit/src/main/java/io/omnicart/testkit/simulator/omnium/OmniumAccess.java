package io.omnicart.testkit.simulator.omnium;

import java.util.Locale;
import java.util.Set;

/**
 * How one route is protected (reference §1, §3): the resource whose {@code <Resource>Read}/{@code <Resource>Admin} role
 * it needs, whether it reads or writes, and which concurrency gate it passes. Derived from the path template so every
 * route is classified the same way.
 */
record OmniumAccess(Resource resource, boolean write, Gate gate) {

    /** The resources of the role model; {@code CommerceUser} covers carts, products and customers. */
    enum Resource {
        ORDER("Order"),
        PRODUCT("Product"),
        INVENTORY("Inventory"),
        CUSTOMER("Customer"),
        CART("Cart"),
        STORE("Store"),
        SETTINGS("Settings");

        private final String roleStem;

        Resource(String roleStem) {
            this.roleStem = roleStem;
        }

        String readRole() {
            return roleStem + "Read";
        }

        String adminRole() {
            return roleStem + "Admin";
        }

        boolean commerceUser() {
            return this == PRODUCT || this == CUSTOMER || this == CART;
        }
    }

    /** The concurrency gate a request passes besides the token bucket. */
    enum Gate {
        /** Per-user (20) and tenant-wide (40) gates. */
        STANDARD,
        /** Product and inventory reads: only their own per-user gate (150). */
        HIGH_TRAFFIC,
        /** AddMany/UpdateMany/PatchMany/ImportMany: the standard gates plus the batch gate (4). */
        BATCH,
        /** Initial scroll calls: the standard gates plus the scroll-start gate. */
        SCROLL_START
    }

    private static final Set<String> BATCH_CALLS =
            Set.of("addmany", "updatemany", "patchmany", "importmany", "addorupdatemany");

    static OmniumAccess of(String method, String template) {
        String[] segments = template.split("/");
        String first = segments.length > 2 ? segments[2].toLowerCase(Locale.ROOT) : "";
        String last = segments[segments.length - 1].toLowerCase(Locale.ROOT);
        Resource resource = resource(first);
        boolean scrollStart = "POST".equals(method) && (last.equals("scroll") || last.equals("scrollsearch"));
        boolean read = "GET".equals(method)
                || "HEAD".equals(method)
                || ("POST".equals(method) && (last.contains("search") || scrollStart));
        Gate gate;
        if (BATCH_CALLS.contains(last)) {
            gate = Gate.BATCH;
        } else if (scrollStart) {
            gate = Gate.SCROLL_START;
        } else if (read && (first.equals("products") || first.equals("inventory"))) {
            gate = Gate.HIGH_TRAFFIC;
        } else {
            gate = Gate.STANDARD;
        }
        return new OmniumAccess(resource, !read, gate);
    }

    private static Resource resource(String first) {
        return switch (first) {
            case "products", "productcategories" -> Resource.PRODUCT;
            case "inventory" -> Resource.INVENTORY;
            case "customers", "privatecustomers", "businesscustomers" -> Resource.CUSTOMER;
            case "cart" -> Resource.CART;
            case "stores" -> Resource.STORE;
            case "markets", "settings" -> Resource.SETTINGS;
            default -> Resource.ORDER;
        };
    }

    /** The role this access needs, as the reference names it. */
    String requiredRole() {
        return write ? resource.adminRole() : resource.readRole();
    }

    /** Whether {@code roles} grant this access (ApiOwner grants all; CommerceUser carts, products, customers). */
    boolean grantedBy(Set<String> roles, boolean adminImpliesRead) {
        if (roles.contains("ApiOwner") || (resource.commerceUser() && roles.contains("CommerceUser"))) {
            return true;
        }
        if (write) {
            return roles.contains(resource.adminRole());
        }
        return roles.contains(resource.readRole()) || (adminImpliesRead && roles.contains(resource.adminRole()));
    }
}
