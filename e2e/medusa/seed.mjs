#!/usr/bin/env node
// Seeds a freshly migrated Medusa v2 server for the OmniCart end-to-end tests.
//
// Everything goes through Medusa's public HTTP APIs: the Admin API for the
// catalogue and store settings, the Store API for customer registration and for
// every order (a real cart checkout), then Admin actions to move orders into
// their target states. Ids change on every seed, so the manifest written at the
// end lists stable lookup keys only (handles, SKUs, emails, display ids).
//
// Environment: MEDUSA_BASE_URL, MEDUSA_ADMIN_EMAIL, MEDUSA_ADMIN_PASSWORD,
// MEDUSA_ENV_FILE (credentials, shell KEY=value), MEDUSA_SEED_MANIFEST (JSON).
import { mkdir, rename, writeFile } from "node:fs/promises"
import { dirname } from "node:path"

const settings = {
  baseUrl: (process.env.MEDUSA_BASE_URL ?? "http://127.0.0.1:9000").replace(/\/$/, ""),
  adminEmail: requireEnv("MEDUSA_ADMIN_EMAIL"),
  adminPassword: requireEnv("MEDUSA_ADMIN_PASSWORD"),
  envFile: requireEnv("MEDUSA_ENV_FILE"),
  manifestFile: requireEnv("MEDUSA_SEED_MANIFEST"),
  requestTimeoutMs: 60_000,
}

const PAYMENT_PROVIDER = "pp_system_default"
const FULFILLMENT_PROVIDER = "manual_manual"

const REGIONS = [
  { key: "europe", name: "Europe", currency: "eur", countries: ["de", "fr", "nl", "se"] },
  { key: "north_america", name: "North America", currency: "usd", countries: ["us", "ca"] },
]

const SHIPPING_OPTIONS = [
  { key: "standard", name: "E2E Standard Shipping", code: "e2e-standard", eur: 4.95, usd: 5.95 },
  { key: "express", name: "E2E Express Shipping", code: "e2e-express", eur: 14.95, usd: 16.95 },
]

const COLLECTIONS = [
  { handle: "e2e-summer", title: "E2E Summer" },
  { handle: "e2e-basics", title: "E2E Basics" },
]

// SKU = E2E-<code>-<colour code>-<size code>; stock defaults to 100 per variant.
const PRODUCTS = [
  {
    handle: "e2e-classic-tee", title: "E2E Classic Tee", code: "TEE", collection: "e2e-basics",
    sizes: ["S", "M", "L"], colors: ["Black", "White"], eur: 19.99, usd: 22.0,
    description: "Heavyweight cotton tee.",
  },
  {
    handle: "e2e-hoodie", title: "E2E Hoodie", code: "HOODIE", collection: "e2e-basics",
    sizes: ["M", "L"], colors: ["Grey", "Navy"], eur: 49.5, usd: 55.0,
    description: "Brushed fleece hoodie.",
  },
  {
    handle: "e2e-linen-shorts", title: "E2E Linen Shorts", code: "SHORTS", collection: "e2e-summer",
    sizes: ["M", "L"], colors: ["Sand"], eur: 34.9, usd: 39.0,
    description: "Breathable linen shorts.",
  },
  {
    handle: "e2e-canvas-sneaker", title: "E2E Canvas Sneaker", code: "SNEAKER", collection: "e2e-summer",
    sizes: ["42", "43"], colors: ["White", "Black"], eur: 79.0, usd: 89.0,
    description: "Low-top canvas sneaker.", stock: { "E2E-SNEAKER-BLK-43": 0 },
  },
  {
    handle: "e2e-sun-hat", title: "E2E Sun Hat", code: "HAT", collection: "e2e-summer",
    sizes: ["One Size"], colors: ["Straw"], eur: 24.0, usd: 27.0,
    description: "Wide-brim straw hat.", stock: { "E2E-HAT-STR-OS": 25 },
  },
  {
    handle: "e2e-wool-socks", title: "E2E Wool Socks", code: "SOCKS", collection: null,
    sizes: ["M"], colors: ["Grey"], eur: 12.0, usd: 14.0, status: "draft",
    description: "Merino socks (draft product, not for sale).",
  },
]

const COLOR_CODES = { Black: "BLK", White: "WHT", Grey: "GRY", Navy: "NVY", Sand: "SND", Straw: "STR" }
const SIZE_CODES = { "One Size": "OS" }
const DEFAULT_STOCK = 100

const JANE = {
  email: "jane.registered@example.com", password: "jane-e2e-Passw0rd",
  first_name: "Jane", last_name: "Registered", phone: "+49 30 5550100",
}
const GUEST_EMAIL = "guest.buyer@example.com"

const ADDRESSES = {
  de: { first_name: "Jane", last_name: "Registered", address_1: "Unter den Linden 1", city: "Berlin", postal_code: "10117", country_code: "de", phone: "+49 30 5550100" },
  de_guest: { first_name: "Gus", last_name: "Guest", address_1: "Hauptstrasse 5", city: "Munich", postal_code: "80331", country_code: "de", phone: "+49 89 5550101" },
  fr: { first_name: "Gus", last_name: "Guest", address_1: "12 Rue de Rivoli", city: "Paris", postal_code: "75001", country_code: "fr", phone: "+33 1 55501020" },
  nl: { first_name: "Gus", last_name: "Guest", address_1: "Damrak 20", city: "Amsterdam", postal_code: "1012 LG", country_code: "nl", phone: "+31 20 5550103" },
  us: { first_name: "Gus", last_name: "Guest", address_1: "350 Fifth Avenue", city: "New York", province: "NY", postal_code: "10118", country_code: "us", phone: "+1 212 5550104" },
}

// Orders are placed in this order, so display_id = position + 1 on a fresh database.
// `roles` are the lookup tags of the manifest; `after` is the admin action applied after checkout.
const ORDERS = [
  { roles: ["pending", "guest"], buyer: "guest", region: "europe", address: "de_guest", items: [["E2E-TEE-BLK-M", 2], ["E2E-HOODIE-GRY-L", 1]], after: null },
  { roles: ["completed", "guest"], buyer: "guest", region: "europe", address: "de_guest", items: [["E2E-TEE-WHT-S", 1]], after: "complete" },
  { roles: ["canceled", "guest"], buyer: "guest", region: "north_america", address: "us", items: [["E2E-SNEAKER-WHT-42", 1]], after: "cancel" },
  { roles: ["shipped", "fulfilled", "guest"], buyer: "guest", region: "europe", address: "fr", items: [["E2E-SHORTS-SND-M", 1], ["E2E-HAT-STR-OS", 1]], after: "ship", shipping: "express" },
  { roles: ["captured", "registered"], buyer: "jane", region: "europe", address: "de", items: [["E2E-HOODIE-NVY-M", 1]], after: "capture" },
  { roles: ["pending", "registered"], buyer: "jane", region: "europe", address: "de", items: [["E2E-TEE-BLK-L", 3]], after: null },
  { roles: ["pending", "guest", "usd"], buyer: "guest", region: "north_america", address: "us", items: [["E2E-TEE-BLK-M", 1], ["E2E-SNEAKER-BLK-42", 1]], after: null },
  { roles: ["pending", "guest"], buyer: "guest", region: "europe", address: "nl", items: [["E2E-SNEAKER-BLK-42", 1]], after: null },
]

const TRACKING = {
  tracking_number: "E2E-TRACK-0001",
  tracking_url: "https://tracking.example.com/E2E-TRACK-0001",
  label_url: "https://labels.example.com/E2E-TRACK-0001.pdf",
}

// ---------------------------------------------------------------- HTTP

function requireEnv(name) {
  const value = process.env[name]
  if (!value) {
    throw new Error(`environment variable ${name} is required`)
  }
  return value
}

async function request(method, path, { body, authorization, publishableKey } = {}) {
  const headers = { accept: "application/json" }
  if (body !== undefined) headers["content-type"] = "application/json"
  if (authorization) headers.authorization = authorization
  if (publishableKey) headers["x-publishable-api-key"] = publishableKey
  const response = await fetch(settings.baseUrl + path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(settings.requestTimeoutMs),
  })
  const text = await response.text()
  if (!response.ok) {
    throw new Error(`${method} ${path} answered ${response.status}: ${text.slice(0, 600)}`)
  }
  return text ? JSON.parse(text) : {}
}

function basicAuth(secretKey) {
  return "Basic " + Buffer.from(`${secretKey}:`).toString("base64")
}

function bearer(token) {
  return `Bearer ${token}`
}

function query(params) {
  return new URLSearchParams(params).toString()
}

// Admin calls use the secret key once it exists (which also proves it works).
function adminApi(authorization) {
  return {
    get: (path) => request("GET", `/admin${path}`, { authorization }),
    post: (path, body = {}) => request("POST", `/admin${path}`, { body, authorization }),
  }
}

function storeApi(publishableKey, token) {
  const authorization = token ? bearer(token) : undefined
  return {
    get: (path) => request("GET", `/store${path}`, { publishableKey, authorization }),
    post: (path, body = {}) => request("POST", `/store${path}`, { body, publishableKey, authorization }),
  }
}

// ---------------------------------------------------------------- credentials

async function loginAdmin() {
  const { token } = await request("POST", "/auth/user/emailpass", {
    body: { email: settings.adminEmail, password: settings.adminPassword },
  })
  if (!token) throw new Error("admin login returned no token")
  return token
}

async function createSecretKey(adminToken) {
  const { api_key } = await request("POST", "/admin/api-keys", {
    body: { title: "OmniCart E2E gateway", type: "secret" },
    authorization: bearer(adminToken),
  })
  return api_key.token
}

async function refuseIfAlreadySeeded(admin) {
  const { collections } = await admin.get(`/collections?${query({ handle: COLLECTIONS[0].handle, fields: "id", limit: 1 })}`)
  if (collections.length > 0) {
    throw new Error("this database is already seeded; re-seed with `e2e/medusa/run.sh reseed` (drops and recreates it)")
  }
}

// ---------------------------------------------------------------- store settings

async function createSalesChannel(admin) {
  const { sales_channel } = await admin.post("/sales-channels", {
    name: "OmniCart E2E Web",
    description: "Storefront channel of the end-to-end seed",
  })
  return sales_channel.id
}

async function createPublishableKey(admin, salesChannelId) {
  const { api_key } = await admin.post("/api-keys", { title: "OmniCart E2E storefront", type: "publishable" })
  await admin.post(`/api-keys/${api_key.id}/sales-channels`, { add: [salesChannelId] })
  return api_key.token
}

async function createRegions(admin) {
  const regionIds = {}
  for (const region of REGIONS) {
    const { region: created } = await admin.post("/regions", {
      name: region.name,
      currency_code: region.currency,
      countries: region.countries,
      payment_providers: [PAYMENT_PROVIDER],
    })
    regionIds[region.key] = created.id
  }
  return regionIds
}

async function configureStore(admin, { salesChannelId, regionIds, locationId }) {
  const { stores } = await admin.get(`/stores?${query({ fields: "id", limit: 1 })}`)
  await admin.post(`/stores/${stores[0].id}`, {
    name: "OmniCart E2E Store",
    supported_currencies: [
      { currency_code: "eur", is_default: true },
      { currency_code: "usd", is_default: false },
    ],
    default_sales_channel_id: salesChannelId,
    default_region_id: regionIds.europe,
    default_location_id: locationId,
  })
}

async function createStockLocation(admin, salesChannelId) {
  const { stock_location } = await admin.post("/stock-locations", {
    name: "E2E Warehouse Berlin",
    address: { address_1: "Lagerstrasse 1", city: "Berlin", postal_code: "10115", country_code: "de" },
  })
  await admin.post(`/stock-locations/${stock_location.id}/sales-channels`, { add: [salesChannelId] })
  await admin.post(`/stock-locations/${stock_location.id}/fulfillment-providers`, { add: [FULFILLMENT_PROVIDER] })
  return stock_location.id
}

async function createServiceZone(admin, locationId) {
  const { stock_location } = await admin.post(
    `/stock-locations/${locationId}/fulfillment-sets?${query({ fields: "id,*fulfillment_sets" })}`,
    { name: "E2E Warehouse Berlin shipping", type: "shipping" },
  )
  const fulfillmentSet = stock_location.fulfillment_sets[0]
  const countries = REGIONS.flatMap((region) => region.countries)
  const { fulfillment_set } = await admin.post(
    `/fulfillment-sets/${fulfillmentSet.id}/service-zones?${query({ fields: "id,*service_zones" })}`,
    { name: "E2E Europe and North America", geo_zones: countries.map((code) => ({ type: "country", country_code: code })) },
  )
  return fulfillment_set.service_zones[0].id
}

async function defaultShippingProfileId(admin) {
  const { shipping_profiles } = await admin.get(`/shipping-profiles?${query({ type: "default", limit: 1 })}`)
  if (shipping_profiles.length > 0) return shipping_profiles[0].id
  const { shipping_profile } = await admin.post("/shipping-profiles", { name: "E2E Default", type: "default" })
  return shipping_profile.id
}

async function createShippingOptions(admin, { serviceZoneId, shippingProfileId }) {
  const optionIds = {}
  for (const option of SHIPPING_OPTIONS) {
    const { shipping_option } = await admin.post("/shipping-options", {
      name: option.name,
      price_type: "flat",
      provider_id: FULFILLMENT_PROVIDER,
      service_zone_id: serviceZoneId,
      shipping_profile_id: shippingProfileId,
      type: { label: option.name, description: option.name, code: option.code },
      prices: [
        { currency_code: "eur", amount: option.eur },
        { currency_code: "usd", amount: option.usd },
      ],
      rules: [
        { attribute: "enabled_in_store", operator: "eq", value: "true" },
        { attribute: "is_return", operator: "eq", value: "false" },
      ],
    })
    optionIds[option.key] = { id: shipping_option.id, name: option.name, eur: option.eur, usd: option.usd }
  }
  return optionIds
}

// ---------------------------------------------------------------- catalogue

function skuOf(product, color, size) {
  const sizeCode = SIZE_CODES[size] ?? size
  return `E2E-${product.code}-${COLOR_CODES[color]}-${sizeCode}`
}

function variantsOf(product) {
  return product.colors.flatMap((color) =>
    product.sizes.map((size) => ({
      title: `${size} / ${color}`,
      sku: skuOf(product, color, size),
      manage_inventory: true,
      allow_backorder: false,
      options: { Size: size, Color: color },
      prices: [
        { currency_code: "eur", amount: product.eur },
        { currency_code: "usd", amount: product.usd },
      ],
    })),
  )
}

async function createCollections(admin) {
  const collectionIds = {}
  for (const collection of COLLECTIONS) {
    const { collection: created } = await admin.post("/collections", collection)
    collectionIds[collection.handle] = created.id
  }
  return collectionIds
}

async function createProduct(admin, product, { collectionIds, salesChannelId, shippingProfileId }) {
  const { product: created } = await admin.post(`/products?${query({ fields: "id,handle,*variants" })}`, {
    title: product.title,
    handle: product.handle,
    description: product.description,
    status: product.status ?? "published",
    thumbnail: `https://images.example.com/e2e/${product.handle}.jpg`,
    collection_id: product.collection ? collectionIds[product.collection] : undefined,
    sales_channels: [{ id: salesChannelId }],
    shipping_profile_id: shippingProfileId,
    options: [
      { title: "Size", values: product.sizes },
      { title: "Color", values: product.colors },
    ],
    variants: variantsOf(product),
  })
  return created
}

async function stockVariants(admin, product, locationId) {
  const skus = variantsOf(product).map((variant) => variant.sku)
  const { inventory_items } = await admin.get(`/inventory-items?${query({ fields: "id,sku", limit: 100 })}&${skus.map((sku) => `sku[]=${encodeURIComponent(sku)}`).join("&")}`)
  const levels = inventory_items.map((item) => ({
    inventory_item_id: item.id,
    location_id: locationId,
    stocked_quantity: product.stock?.[item.sku] ?? DEFAULT_STOCK,
  }))
  await admin.post("/inventory-items/location-levels/batch", { create: levels })
  return Object.fromEntries(levels.map((level, i) => [inventory_items[i].sku, level.stocked_quantity]))
}

async function createCatalogue(admin, context) {
  const collectionIds = await createCollections(admin)
  const variantIds = {}
  const stock = {}
  for (const product of PRODUCTS) {
    const created = await createProduct(admin, product, { ...context, collectionIds })
    for (const variant of created.variants) variantIds[variant.sku] = variant.id
    Object.assign(stock, await stockVariants(admin, product, context.locationId))
  }
  return { collectionIds, variantIds, stock }
}

// ---------------------------------------------------------------- customers

async function registerCustomer(publishableKey, customer) {
  const { token: registrationToken } = await request("POST", "/auth/customer/emailpass/register", {
    body: { email: customer.email, password: customer.password },
  })
  await storeApi(publishableKey, registrationToken).post("/customers", {
    email: customer.email,
    first_name: customer.first_name,
    last_name: customer.last_name,
    phone: customer.phone,
  })
  const token = await loginCustomer(customer)
  await storeApi(publishableKey, token).post("/customers/me/addresses", {
    ...ADDRESSES.de,
    address_name: "Home",
    is_default_shipping: true,
    is_default_billing: true,
  })
  return token
}

async function loginCustomer(customer) {
  const { token } = await request("POST", "/auth/customer/emailpass", {
    body: { email: customer.email, password: customer.password },
  })
  return token
}

// ---------------------------------------------------------------- checkout

async function checkout(store, { regionId, salesChannelId, email, address, items, shippingOptionId }) {
  const { cart } = await store.post("/carts", {
    region_id: regionId,
    sales_channel_id: salesChannelId,
    email,
    shipping_address: address,
    billing_address: address,
    items,
  })
  const { shipping_options } = await store.get(`/shipping-options?${query({ cart_id: cart.id })}`)
  if (!shipping_options.some((option) => option.id === shippingOptionId)) {
    throw new Error(`shipping option ${shippingOptionId} is not offered for cart ${cart.id}`)
  }
  await store.post(`/carts/${cart.id}/shipping-methods`, { option_id: shippingOptionId })
  const { payment_collection } = await store.post("/payment-collections", { cart_id: cart.id })
  await store.post(`/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: PAYMENT_PROVIDER })
  const completion = await store.post(`/carts/${cart.id}/complete`)
  if (completion.type !== "order") {
    throw new Error(`cart ${cart.id} did not complete: ${JSON.stringify(completion.error ?? completion)}`)
  }
  return completion.order
}

// ---------------------------------------------------------------- admin actions on orders

async function orderForActions(admin, orderId) {
  const fields = "id,display_id,*items,*payment_collections,*payment_collections.payments,*fulfillments"
  const { order } = await admin.get(`/orders/${orderId}?${query({ fields })}`)
  return order
}

async function shipOrder(admin, orderId, locationId) {
  const order = await orderForActions(admin, orderId)
  const items = order.items.map((item) => ({ id: item.id, quantity: item.quantity }))
  const { order: fulfilled } = await admin.post(
    `/orders/${orderId}/fulfillments?${query({ fields: "id,*fulfillments" })}`,
    { items, location_id: locationId },
  )
  const fulfillmentId = fulfilled.fulfillments.at(-1).id
  await admin.post(`/orders/${orderId}/fulfillments/${fulfillmentId}/shipments`, { items, labels: [TRACKING] })
}

async function captureOrderPayment(admin, orderId) {
  const order = await orderForActions(admin, orderId)
  const payments = order.payment_collections.flatMap((collection) => collection.payments)
  for (const payment of payments) {
    await admin.post(`/payments/${payment.id}/capture`, {})
  }
}

async function applyAdminAction(admin, action, orderId, locationId) {
  switch (action) {
    case null:
      return
    case "complete":
      return admin.post(`/orders/${orderId}/complete`)
    case "cancel":
      return admin.post(`/orders/${orderId}/cancel`)
    case "ship":
      return shipOrder(admin, orderId, locationId)
    case "capture":
      return captureOrderPayment(admin, orderId)
    default:
      throw new Error(`unknown order action ${action}`)
  }
}

async function placeOrders(admin, context) {
  const placed = []
  for (const plan of ORDERS) {
    const buyer = plan.buyer === "jane" ? { email: JANE.email, token: context.janeToken } : { email: GUEST_EMAIL }
    const order = await checkout(storeApi(context.publishableKey, buyer.token), {
      regionId: context.regionIds[plan.region],
      salesChannelId: context.salesChannelId,
      email: buyer.email,
      address: ADDRESSES[plan.address],
      items: plan.items.map(([sku, quantity]) => ({ variant_id: context.variantIds[sku], quantity })),
      shippingOptionId: context.shippingOptions[plan.shipping ?? "standard"].id,
    })
    await applyAdminAction(admin, plan.after, order.id, context.locationId)
    placed.push({ plan, orderId: order.id })
  }
  return placed
}

async function createDraftOrder(admin, context) {
  const option = context.shippingOptions.standard
  const { draft_order } = await admin.post("/draft-orders", {
    region_id: context.regionIds.europe,
    sales_channel_id: context.salesChannelId,
    customer_id: context.janeCustomerId,
    email: JANE.email,
    shipping_address: ADDRESSES.de,
    billing_address: ADDRESSES.de,
    items: [{ variant_id: context.variantIds["E2E-TEE-WHT-M"], quantity: 2 }],
    shipping_methods: [{ name: option.name, shipping_option_id: option.id, amount: option.eur }],
    metadata: { seed: "omnicart-e2e" },
  })
  return draft_order.id
}

async function customerIdByEmail(admin, email) {
  const { customers } = await admin.get(`/customers?${query({ email, fields: "id,email", limit: 1 })}`)
  if (customers.length === 0) throw new Error(`customer ${email} not found`)
  return customers[0].id
}

// ---------------------------------------------------------------- manifest

async function describeOrders(admin, placed) {
  const fields = "id,display_id,status,email,currency_code,total,payment_status,fulfillment_status"
  const described = []
  for (const { plan, orderId } of placed) {
    const { order } = await admin.get(`/orders/${orderId}?${query({ fields })}`)
    described.push({
      display_id: order.display_id,
      roles: plan.roles,
      email: order.email,
      currency_code: order.currency_code,
      total: order.total,
      status: order.status,
      payment_status: order.payment_status,
      fulfillment_status: order.fulfillment_status,
      items: plan.items.map(([sku, quantity]) => ({ sku, quantity })),
      tracking_number: plan.after === "ship" ? TRACKING.tracking_number : undefined,
    })
  }
  return described
}

function ordersByRole(orders) {
  const byRole = {}
  for (const order of orders) {
    for (const role of order.roles) (byRole[role] ??= []).push(order.display_id)
  }
  return byRole
}

async function describeDraft(admin, draftId) {
  const { draft_order } = await admin.get(`/draft-orders/${draftId}?${query({ fields: "id,display_id,status,email,currency_code,total" })}`)
  return {
    display_id: draft_order.display_id,
    email: draft_order.email,
    status: draft_order.status,
    currency_code: draft_order.currency_code,
    total: draft_order.total,
    items: [{ sku: "E2E-TEE-WHT-M", quantity: 2 }],
  }
}

function buildManifest({ orders, draft, stock, publishableKey }) {
  return {
    generated_at: new Date().toISOString(),
    base_url: settings.baseUrl,
    store: { name: "OmniCart E2E Store", default_currency: "eur", currencies: ["eur", "usd"] },
    sales_channel: "OmniCart E2E Web",
    stock_location: "E2E Warehouse Berlin",
    publishable_key: publishableKey,
    regions: REGIONS.map(({ name, currency, countries }) => ({ name, currency_code: currency, countries })),
    shipping_options: SHIPPING_OPTIONS.map(({ name, eur, usd }) => ({ name, prices: { eur, usd } })),
    collections: COLLECTIONS.map(({ handle, title }) => ({
      handle,
      title,
      products: PRODUCTS.filter((product) => product.collection === handle).map((product) => product.handle),
    })),
    products: PRODUCTS.map((product) => ({
      handle: product.handle,
      title: product.title,
      status: product.status ?? "published",
      collection: product.collection,
      options: { Size: product.sizes, Color: product.colors },
      prices: { eur: product.eur, usd: product.usd },
      variants: variantsOf(product).map((variant) => ({
        sku: variant.sku,
        title: variant.title,
        stocked_quantity: stock[variant.sku],
      })),
    })),
    customers: {
      registered: { email: JANE.email, password: JANE.password, first_name: JANE.first_name, last_name: JANE.last_name, has_account: true },
      guest: { email: GUEST_EMAIL, has_account: false },
    },
    orders: { list: orders, by_role: ordersByRole(orders) },
    draft_order: draft,
  }
}

function shellLine(key, value) {
  if (!/^[A-Za-z0-9_@.:\/+=-]+$/.test(value)) {
    throw new Error(`${key} contains characters unsafe for a KEY=value env file`)
  }
  return `${key}=${value}`
}

async function writeAtomically(file, content, mode) {
  await mkdir(dirname(file), { recursive: true })
  const temporary = `${file}.tmp`
  await writeFile(temporary, content, { mode })
  await rename(temporary, file)
}

async function writeOutputs({ secretKey, publishableKey, manifest }) {
  const env = [
    shellLine("MEDUSA_BASE_URL", settings.baseUrl),
    shellLine("MEDUSA_ADMIN_EMAIL", settings.adminEmail),
    shellLine("MEDUSA_ADMIN_PASSWORD", settings.adminPassword),
    shellLine("MEDUSA_SECRET_API_KEY", secretKey),
    shellLine("MEDUSA_PUBLISHABLE_KEY", publishableKey),
    shellLine("MEDUSA_SEED_MANIFEST", settings.manifestFile),
  ]
  await writeAtomically(settings.manifestFile, JSON.stringify(manifest, null, 2) + "\n", 0o600)
  await writeAtomically(settings.envFile, env.join("\n") + "\n", 0o600)
}

// ---------------------------------------------------------------- main

async function step(label, action) {
  const started = Date.now()
  const result = await action()
  console.log(`seed: ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`)
  return result
}

async function main() {
  const adminToken = await step("admin login", loginAdmin)
  await refuseIfAlreadySeeded(adminApi(bearer(adminToken)))
  const secretKey = await step("secret API key", () => createSecretKey(adminToken))
  const admin = adminApi(basicAuth(secretKey))

  const salesChannelId = await step("sales channel", () => createSalesChannel(admin))
  const publishableKey = await step("publishable key", () => createPublishableKey(admin, salesChannelId))
  const regionIds = await step("regions", () => createRegions(admin))
  const locationId = await step("stock location", () => createStockLocation(admin, salesChannelId))
  await step("store settings", () => configureStore(admin, { salesChannelId, regionIds, locationId }))
  const serviceZoneId = await step("fulfillment set and service zone", () => createServiceZone(admin, locationId))
  const shippingProfileId = await defaultShippingProfileId(admin)
  const shippingOptions = await step("shipping options", () => createShippingOptions(admin, { serviceZoneId, shippingProfileId }))
  const { variantIds, stock } = await step("collections, products, stock", () =>
    createCatalogue(admin, { salesChannelId, shippingProfileId, locationId }))

  const janeToken = await step("registered customer", () => registerCustomer(publishableKey, JANE))
  const janeCustomerId = await customerIdByEmail(admin, JANE.email)
  const context = { publishableKey, salesChannelId, regionIds, locationId, shippingOptions, variantIds, janeToken, janeCustomerId }
  const placed = await step(`${ORDERS.length} checkouts and order actions`, () => placeOrders(admin, context))
  const draftId = await step("draft order", () => createDraftOrder(admin, context))

  const orders = await describeOrders(admin, placed)
  const draft = await describeDraft(admin, draftId)
  const manifest = buildManifest({ orders, draft, stock, publishableKey })
  await writeOutputs({ secretKey, publishableKey, manifest })
  for (const order of orders) {
    console.log(`seed: order #${order.display_id} ${order.roles.join(",")}: ${order.status}/${order.payment_status}/${order.fulfillment_status}`)
  }
  console.log(`seed: draft order #${draft.display_id}; wrote ${settings.envFile} and ${settings.manifestFile}`)
}

main().catch((error) => {
  console.error(`seed: FAILED: ${error.message}`)
  process.exit(1)
})
