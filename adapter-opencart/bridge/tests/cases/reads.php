<?php
// Read routes on both schema versions: shapes, filters, paging, HTML decoding, numbers, dates (PROTOCOL.md §3-§4).

const ORDER_KEYS = ['order_id', 'invoice_no', 'invoice_prefix', 'store_id', 'store_name', 'store_url', 'customer_id', 'guest',
    'customer_group_id', 'firstname', 'lastname', 'email', 'telephone', 'payment_address', 'shipping_address', 'payment_method',
    'shipping_method', 'comment', 'total', 'order_status_id', 'order_status', 'currency_code', 'currency_value', 'language_id',
    'affiliate_id', 'commission', 'ip', 'date_added', 'date_modified', 'lines', 'totals', 'history', 'shipments'];
const ADDRESS_KEYS = ['firstname', 'lastname', 'company', 'address_1', 'address_2', 'city', 'postcode', 'country_id', 'country',
    'iso_code_2', 'iso_code_3', 'zone_id', 'zone', 'zone_code'];
const LINE_KEYS = ['order_product_id', 'product_id', 'master_id', 'name', 'model', 'sku', 'quantity', 'price', 'total', 'tax', 'reward', 'options'];
const PRODUCT_KEYS = ['product_id', 'master_id', 'is_variant', 'variant', 'override', 'model', 'seo_keyword', 'sku', 'upc', 'ean', 'jan', 'isbn', 'mpn',
    'location', 'name', 'description', 'quantity', 'stock_status_id', 'subtract', 'minimum', 'price', 'tax_class_id', 'weight',
    'weight_class_id', 'status', 'shipping', 'sort_order', 'image', 'images', 'category_ids', 'options', 'variants', 'date_available',
    'date_added', 'date_modified'];
const VALUE_KEYS = ['product_option_value_id', 'option_value_id', 'name', 'quantity', 'subtract', 'price', 'price_prefix', 'points',
    'points_prefix', 'weight', 'weight_prefix', 'sku', 'inventory_key'];
const CUSTOMER_KEYS = ['customer_id', 'customer_group_id', 'store_id', 'firstname', 'lastname', 'email', 'telephone', 'newsletter', 'status',
    'safe', 'date_added', 'default_address_id', 'addresses', 'order_count', 'last_order_date'];
const CATEGORY_KEYS = ['category_id', 'parent_id', 'name', 'description', 'status', 'sort_order', 'image', 'path', 'product_count',
    'date_added', 'date_modified'];

/** The fixture's store offset in winter: 3.0 runs in UTC, 4.0 in Europe/Berlin. */
function winter(Env $env): string
{
    return $env->version === '3.0' ? '+00:00' : '+01:00';
}

function ids(array $rows, string $key): array
{
    return array_map(function ($row) use ($key) {
        return $row[$key];
    }, $rows);
}

return function (Harness $h) {
    $h->test('version reports bridge, family, PHP and features', function (Env $env, Harness $t) {
        $response = $env->client->get('version');
        $t->status(200, $response);
        $data = $response->data();
        $t->keys(['bridge_version', 'protocol_version', 'opencart_family', 'php_version', 'database_version', 'features'], $data, 'version');
        $t->eq('2.0.0', $data['bridge_version'], 'bridge version');
        $t->eq(2, $data['protocol_version'], 'protocol version');
        $t->eq($env->version, $data['opencart_family'], 'family detected from the schema');
        $t->eq(PHP_VERSION, $data['php_version'], 'php version');
        $t->eq(['variants' => $env->version !== '3.0', 'product_codes' => $env->version === '4.1',
                'transactions' => $env->version !== '3.0', 'option_sku_column' => false],
            $data['features'], 'features (3.0 fixture is MyISAM)');
    });

    $h->test('settings: identity, currencies, timezone, statuses and sets', function (Env $env, Harness $t) {
        $response = $env->client->get('settings');
        $t->status(200, $response);
        $data = $response->data();
        $t->keys(['store_name', 'owner', 'email', 'telephone', 'address', 'url', 'default_currency', 'currencies', 'timezone', 'utc_offset',
            'language', 'country_id', 'zone_id', 'weight_class_id', 'length_class_id', 'order_statuses', 'default_order_status_id',
            'processing_status_ids', 'complete_status_ids', 'fraud_status_id', 'stock_checkout', 'maintenance', 'stores', 'geo_zones'], $data, 'settings');
        $t->eq('Your Store', $data['store_name'], 'store name');
        $t->eq('http://127.0.0.1:' . $env->port . '/', $data['url'], 'url from config.php');
        $t->eq('USD', $data['default_currency'], 'default currency');
        $t->eq(['EUR', 'GBP', 'JPY', 'USD'], ids($data['currencies'], 'code'), 'currencies sorted by code');
        $t->eq(['currency_id' => 3, 'code' => 'EUR', 'title' => 'Euro', 'symbol_left' => '', 'symbol_right' => '€', 'decimal_place' => 2,
            'value' => 0.78460002, 'status' => true], $data['currencies'][0], 'EUR row');
        $t->eq(false, $data['currencies'][2]['status'], 'JPY disabled');
        $t->eq($env->version === '3.0' ? 'UTC' : 'Europe/Berlin', $data['timezone'], 'timezone');
        $now = new DateTime('now', new DateTimeZone($data['timezone']));
        $t->eq($now->format('P'), $data['utc_offset'], 'current offset of the store timezone');
        $t->eq(['language_id' => 1, 'code' => 'en-gb'], $data['language'], 'language');
        $t->eq([1, 2, 3, 5, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16], ids($data['order_statuses'], 'order_status_id'), 'statuses');
        $t->eq('Canceled Reversal', $data['order_statuses'][6]['name'], 'status name');
        $t->eq(1, $data['default_order_status_id'], 'default status');
        $t->eq([5, 1, 2, 12, 3], $data['processing_status_ids'], 'processing set');
        $t->eq([5, 3], $data['complete_status_ids'], 'complete set');
        $t->eq($env->version === '3.0' ? null : 8, $data['fraud_status_id'], 'fraud status');
        $t->eq($env->version === '3.0', $data['maintenance'], 'maintenance flag (3.0 fixture is in maintenance mode)');
        $t->eq(false, $data['stock_checkout'], 'stock checkout');
        $t->eq([['store_id' => 0, 'name' => 'Your Store', 'url' => $data['url']],
            ['store_id' => 1, 'name' => 'Outlet & Co', 'url' => 'http://outlet.example/']], $data['stores'], 'stores, decoded');
        $t->eq([
            ['geo_zone_id' => 3, 'name' => 'UK VAT Zone', 'description' => 'UK VAT',
                'countries' => [['country_id' => 222, 'iso_code_2' => 'GB', 'name' => 'United Kingdom']]],
            ['geo_zone_id' => 5, 'name' => 'North America', 'description' => 'US shipping',
                'countries' => [['country_id' => 223, 'iso_code_2' => 'US', 'name' => 'United States']]],
            ['geo_zone_id' => 6, 'name' => 'Germany & EU', 'description' => 'EU shipping',
                'countries' => [['country_id' => 81, 'iso_code_2' => 'DE', 'name' => 'Germany']]],
        ], $data['geo_zones'], 'geo zones with their countries, each country once (4.1: names from country_description)');
    });

    $h->test('orders: default list hides abandoned orders, newest first, paged', function (Env $env, Harness $t) {
        $first = $env->client->get('orders', ['limit' => '3']);
        $t->status(200, $first);
        $t->eq([9, 7, 6], ids($first->data(), 'order_id'), 'first page');
        $t->eq(['offset' => 0, 'limit' => 3, 'total' => 8, 'next_offset' => 3], $first->json['paging'], 'paging');
        $last = $env->client->get('orders', ['limit' => '3', 'offset' => '6']);
        $t->eq([2, 1], ids($last->data(), 'order_id'), 'last page');
        $t->eq(null, $last->json['paging']['next_offset'], 'no next page');
        $t->eq([], $env->client->get('orders', ['offset' => '100'])->data(), 'past the end');
        $all = $env->client->get('orders', ['include_missing' => '1', 'sort' => 'order_id']);
        $t->eq([1, 2, 3, 4, 5, 6, 7, 8, 9], ids($all->data(), 'order_id'), 'with missing, ascending');
    });

    $h->test('orders: filters by status, customer (0 = guest), email, ids, dates', function (Env $env, Harness $t) {
        $t->eq([6, 2], ids($env->client->get('orders', ['status_ids' => '2'])->data(), 'order_id'), 'status 2');
        $t->eq([7, 4, 3], ids($env->client->get('orders', ['status_ids' => '3,5'])->data(), 'order_id'), 'status 3,5');
        $t->eq([8], ids($env->client->get('orders', ['status_ids' => '0'])->data(), 'order_id'), 'status 0 on request');
        $guests = $env->client->get('orders', ['customer_id' => '0'])->data();
        $t->eq([6, 3], ids($guests, 'order_id'), 'guest orders');
        $t->eq([true, true], ids($guests, 'guest'), 'guest flag');
        $t->eq([4, 1], ids($env->client->get('orders', ['customer_id' => '1'])->data(), 'order_id'), 'customer 1');
        $t->eq([7, 2], ids($env->client->get('orders', ['email' => 'BOB@example.com'])->data(), 'order_id'), 'email, case-insensitive');
        $t->eq([5, 1], ids($env->client->get('orders', ['ids' => '1,5,8'])->data(), 'order_id'), 'ids (missing order 8 hidden)');
        $offset = winter($env);
        $since = $env->client->get('orders', ['modified_since' => '2026-11-23T07:06:56' . $offset, 'sort' => 'date_modified']);
        $t->eq([2, 3, 4, 5], ids($since->data(), 'order_id'), 'modified_since inclusive, in store time');
        $utc = $env->version === '3.0' ? '2026-11-22T09:20:00Z' : '2026-11-22T08:20:00Z';
        $t->eq([6, 1, 2, 3, 4, 5], ids($env->client->get('orders', ['modified_since' => $utc, 'sort' => 'date_modified'])->data(), 'order_id'),
            'modified_since given in UTC');
        $t->eq([9], ids($env->client->get('orders', ['added_until' => '2026-08-01T00:00:00Z'])->data(), 'order_id'), 'added_until');
        $t->eq([7], ids($env->client->get('orders', ['added_since' => '2026-11-10T00:00:00Z', 'added_until' => '2026-11-11T00:00:00Z'])->data(), 'order_id'),
            'added window');
        $t->eq([], $env->client->get('orders', ['store_id' => '1'])->data(), 'store filter');
    });

    $h->test('order: full shape with lines, options, totals, history; numbers are numbers', function (Env $env, Harness $t) {
        $response = $env->client->get('order', ['order_id' => '1']);
        $t->status(200, $response);
        $order = $response->data();
        $t->keys(ORDER_KEYS, $order, 'order');
        $t->keys(ADDRESS_KEYS, $order['payment_address'], 'payment address');
        $t->eq(['firstname' => 'Alice', 'lastname' => 'Anders', 'company' => 'Acme Inc', 'address_1' => '1 Market St',
            'address_2' => 'Suite 100', 'city' => 'San Francisco', 'postcode' => '94105', 'country_id' => 223,
            'country' => 'United States', 'iso_code_2' => 'US', 'iso_code_3' => 'USA', 'zone_id' => 3624, 'zone' => 'California',
            'zone_code' => 'CA'], $order['shipping_address'], 'shipping address');
        $t->eq(['name' => 'Cash On Delivery', 'code' => $env->version === '3.0' ? 'cod' : 'cod.cod'], $order['payment_method'], 'payment method');
        $t->eq(['name' => 'Flat Shipping Rate', 'code' => 'flat.flat'], $order['shipping_method'], 'shipping method');
        $t->eq(287, $order['total'], 'total is a number');
        $t->eq(1, $order['currency_value'], 'currency value');
        $t->eq(false, $order['guest'], 'not a guest');
        $t->eq('Pending', $order['order_status'], 'status name');
        $t->eq('2026-11-18T07:06:54' . winter($env), $order['date_added'], 'ISO date with store offset');
        $t->eq(2, count($order['lines']), 'two lines');
        $t->keys(LINE_KEYS, $order['lines'][0], 'line');
        $t->eq(['order_product_id' => 1, 'product_id' => 30, 'master_id' => null, 'name' => 'Canon EOS 5D', 'model' => 'Product 3',
            'sku' => 'CANON-EOS-5D', 'quantity' => 1, 'price' => 80, 'total' => 80, 'tax' => 0, 'reward' => 200,
            'options' => [['order_option_id' => 1, 'product_option_id' => 226, 'product_option_value_id' => 15, 'name' => 'Select',
                'value' => 'Red', 'type' => 'select']]], $order['lines'][0], 'line 1 with its option');
        $t->eq([], $order['lines'][1]['options'], 'line without options');
        $t->eq([['code' => 'sub_total', 'title' => 'Sub-Total', 'value' => 282, 'sort_order' => 1],
            ['code' => 'shipping', 'title' => 'Flat Shipping Rate', 'value' => 5, 'sort_order' => 3],
            ['code' => 'total', 'title' => 'Total', 'value' => 287, 'sort_order' => 9]], $order['totals'], 'totals');
        $t->eq([['order_history_id' => 1, 'order_status_id' => 1, 'order_status' => 'Pending', 'notify' => false, 'comment' => '',
            'date_added' => '2026-11-18T07:06:54' . winter($env)]], $order['history'], 'history');
        $t->eq([], $order['shipments'], 'no shipments');
        $two = $env->client->get('order', ['order_id' => '2'])->data();
        $t->eq(19.99, $two['lines'][0]['price'], 'decimal price');
        $t->eq(['Eco Tax (-2.00)', 'VAT (20%)'], [$two['totals'][2]['title'], $two['totals'][3]['title']], 'two tax totals');
        $t->eq(['Pending', 'Processing'], ids($two['history'], 'order_status'), 'history in order');
    });

    $h->test('order: guest orders and HTML-decoded text', function (Env $env, Harness $t) {
        $three = $env->client->get('order', ['order_id' => '3'])->data();
        $t->eq(0, $three['customer_id'], 'guest customer id');
        $t->eq(true, $three['guest'], 'guest flag');
        $t->eq('gina.guest@example.com', $three['email'], 'guest e-mail on the order');
        $t->eq('Leave at the door & ring', $three['comment'], 'comment decoded');
        $t->eq('Shipped via UPS, tracking number 1Z999AA10123456784', $three['history'][1]['comment'], 'tracking comment');
        $t->eq(true, $three['history'][1]['notify'], 'notify flag');
        $six = $env->client->get('order', ['order_id' => '6'])->data();
        $t->eq('Apple Cinema 30"', $six['lines'][0]['name'], 'line name decoded');
        $t->eq('Gast & Söhne GmbH', $six['payment_address']['company'], 'company decoded');
        $t->eq('Bitte "vorsichtig" liefern', $six['comment'], 'quotes decoded');
        $t->eq(['Red', 'Checkbox 1', 'For Jürgen & Co'], ids($six['lines'][0]['options'], 'value'), 'option values decoded');
        $t->eq([4, 8, null], ids($six['lines'][0]['options'], 'product_option_value_id'), 'text option has no value id');
        $t->eq(['EUR', 0.78460002, 217.5], [$six['currency_code'], $six['currency_value'], $six['total']], 'currency');
        $t->eq(['name' => 'Bank Transfer', 'code' => $env->version === '3.0' ? 'bank_transfer' : 'bank_transfer.bank_transfer'],
            $six['payment_method'], 'payment method');
        $t->eq('Zahlung erhalten & in Bearbeitung', $six['history'][1]['comment'], 'history comment decoded');
    });

    $h->test('order: abandoned order by id, no shipping address; summer-time offset', function (Env $env, Harness $t) {
        $eight = $env->client->get('order', ['order_id' => '8']);
        $t->status(200, $eight);
        $t->eq([0, null, null, null, []], [$eight->data()['order_status_id'], $eight->data()['order_status'], $eight->data()['shipping_address'],
            $eight->data()['shipping_method'], $eight->data()['history']], 'status 0 order');
        $nine = $env->client->get('order', ['order_id' => '9'])->data();
        $t->eq($env->version === '3.0' ? '2026-07-01T10:00:00+00:00' : '2026-07-01T10:00:00+02:00', $nine['date_added'], 'DST-aware offset');
    });

    $h->test('products: list shape, paging, filters', function (Env $env, Harness $t) {
        $response = $env->client->get('products', ['limit' => '250']);
        $t->status(200, $response);
        $expected = [30, 36, 40, 42, 43, 47, 49, 50, 51, 52, 53];
        if ($env->version !== '3.0') {
            $expected = array_merge($expected, [60, 61, 62]);
        }
        $t->eq($expected, ids($response->data(), 'product_id'), 'all products');
        $t->eq(count($expected), $response->json['paging']['total'], 'total');
        foreach ($response->data() as $product) {
            $t->keys(PRODUCT_KEYS, $product, 'product ' . $product['product_id']);
        }
        $t->eq([50], ids($env->client->get('products', ['sku' => 'OMNI-TEE'])->data(), 'product_id'), 'by sku');
        $t->eq([51], ids($env->client->get('products', ['model' => 'FISH-1'])->data(), 'product_id'), 'by model');
        $t->eq([51], ids($env->client->get('products', ['status' => '0'])->data(), 'product_id'), 'disabled');
        $t->eq([42, 47], ids($env->client->get('products', ['category_id' => '28'])->data(), 'product_id'), 'by category');
        $t->eq([50, 30], ids($env->client->get('products', ['ids' => '50,30,999', 'sort' => '-product_id'])->data(), 'product_id'), 'ids, descending');
        $t->eq([51, 50], ids($env->client->get('products', ['modified_since' => '2026-11-20T00:00:00Z', 'limit' => '2', 'sort' => '-date_modified',
            'status' => '', 'ids' => '50,51'])->data(), 'product_id'), 'modified_since');
        $page = $env->client->get('products', ['limit' => '4', 'offset' => '4']);
        $t->eq([43, 47, 49, 50], ids($page->data(), 'product_id'), 'page 2');
        $t->eq(8, $page->json['paging']['next_offset'], 'next offset');
    });

    $h->test('product: options, values, stock, identifiers, images', function (Env $env, Harness $t) {
        $tee = $env->client->get('product', ['product_id' => '50'])->data();
        $t->eq(['OMNI-TEE', 'OMNI-TEE', '4006381333931', null, 12, 19.99, 0.2, true, true], [$tee['sku'], $tee['model'], $tee['ean'], $tee['upc'],
            $tee['quantity'], $tee['price'], $tee['weight'], $tee['status'], $tee['subtract']], 'scalars');
        $t->eq('<p>Soft cotton</p>', $tee['description'], 'description decoded to HTML');
        $t->eq('omnicart-t-shirt', $tee['seo_keyword'], 'SEO keyword of the default store and language, not store 1 or language 2');
        $t->eq(null, $env->client->get('product', ['product_id' => '43'])->data()['seo_keyword'], 'no SEO keyword');
        $base = 'http://127.0.0.1:' . $env->port . '/image/';
        $t->eq(['path' => 'catalog/demo/tee.jpg', 'url' => $base . 'catalog/demo/tee.jpg'], $tee['image'], 'main image');
        $t->eq([['product_image_id' => 3, 'path' => 'catalog/demo/tee-back.jpg', 'url' => $base . 'catalog/demo/tee-back.jpg', 'sort_order' => 0]],
            $tee['images'], 'additional images');
        $t->eq([59], $tee['category_ids'], 'categories');
        $t->eq('2026-11-01', $tee['date_available'], 'calendar date');
        $t->eq(1, count($tee['options']), 'one option');
        $size = $tee['options'][0];
        $t->eq([300, 11, 'Size', 'select', true, null], [$size['product_option_id'], $size['option_id'], $size['name'], $size['type'],
            $size['required'], $size['value']], 'option');
        $t->keys(VALUE_KEYS, $size['values'][0], 'option value');
        $t->eq([['Small', 9, '50:300'], ['Medium', 3, '50:301'], ['Large', 0, '50:302']], array_map(function ($v) {
            return [$v['name'], $v['quantity'], $v['inventory_key']];
        }, $size['values']), 'values with stock and inventory keys');
        $t->eq([2, '+', 0.05], [$size['values'][2]['price'], $size['values'][2]['price_prefix'], $size['values'][2]['weight']], 'value modifiers');
        $cinema = $env->client->get('product', ['product_id' => '42'])->data();
        $t->eq('Apple Cinema 30"', $cinema['name'], 'name decoded');
        $t->eq(['Select', 'Radio', 'Checkbox', 'Engraving'], ids($cinema['options'], 'name'), 'options by sort order');
        $t->eq(['text', 'Your text here', []], [$cinema['options'][3]['type'], $cinema['options'][3]['value'], $cinema['options'][3]['values']],
            'text option');
        $t->eq(['Red', 'Blue', 'Green', 'Yellow'], ids($cinema['options'][0]['values'], 'name'), 'values by option value sort order');
        $t->eq(false, $cinema['options'][0]['values'][2]['subtract'], 'per-value subtract flag');
        $fish = $env->client->get('product', ['product_id' => '51'])->data();
        $t->eq(['Fish & Chips <Deluxe>', null, 'FISH-1', false, null, null, []], [$fish['name'], $fish['sku'], $fish['model'], $fish['status'],
            $fish['image'], $fish['date_available'], $fish['images']], 'disabled product, empty sku, decoded name');
        $iphone = $env->client->get('product', ['product_id' => '40'])->data();
        $t->eq(['885909296046', 'MC603LL/A', 'Aisle 4'], [$iphone['upc'], $iphone['mpn'], $iphone['location']], 'identifiers');
    });

    $h->test('product: variants on 4.0, none on 3.0', function (Env $env, Harness $t) {
        $tee = $env->client->get('product', ['product_id' => '50'])->data();
        $t->eq([null, false, null, null, []], [$tee['master_id'], $tee['is_variant'], $tee['variant'], $tee['override'], $tee['variants']], 'plain product');
        if ($env->version === '3.0') {
            $t->status(404, $env->client->get('product', ['product_id' => '60']), 'not_found');
            $t->status(400, $env->client->get('products', ['master_id' => '60']), 'invalid_parameter');
            return;
        }
        $master = $env->client->get('product', ['product_id' => '60'])->data();
        $t->eq([['product_id' => 61, 'sku' => 'OMNI-HOODIE-S', 'model' => 'OMNI-HOODIE', 'quantity' => 4, 'status' => true, 'variant' => ['310' => '310']],
            ['product_id' => 62, 'sku' => 'OMNI-HOODIE-M', 'model' => 'OMNI-HOODIE', 'quantity' => 6, 'status' => true, 'variant' => ['310' => '311']]],
            $master['variants'], 'master lists its variants');
        $variant = $env->client->get('product', ['product_id' => '62'])->data();
        $t->eq([60, true, ['310' => '311'], ['product_description' => ['1' => ['name' => '1']]], 'OmniCart Hoodie Medium & Warm'],
            [$variant['master_id'], $variant['is_variant'], $variant['variant'], $variant['override'], $variant['name']], 'variant row');
        $t->eq([61, 62], ids($env->client->get('products', ['master_id' => '60'])->data(), 'product_id'), 'variants of a master');
        $t->eq(12, $env->client->get('products', ['master_id' => '0'])->json['paging']['total'], 'non-variants (the master included)');
    });

    $h->test('categories: list, tree paths, counts, decoding', function (Env $env, Harness $t) {
        $response = $env->client->get('categories');
        $t->status(200, $response);
        $all = $response->data();
        $t->eq(11, $response->json['paging']['total'], 'total');
        foreach ($all as $category) {
            $t->keys(CATEGORY_KEYS, $category, 'category ' . $category['category_id']);
        }
        $byId = array_combine(ids($all, 'category_id'), $all);
        $t->eq('Laptops & Notebooks', $byId[18]['name'], 'name decoded');
        $t->eq('<p>Example of category description text</p>', $byId[20]['description'], 'description decoded');
        $t->eq([20, 26], $byId[26]['path'], 'path from the root');
        $t->eq(2, $byId[28]['product_count'], 'product count');
        $t->eq('catalog/demo/hp_2.jpg', $byId[18]['image'], 'image');
        $t->eq(null, $byId[24]['image'], 'no image');
        $t->eq(false, $byId[60]['status'], 'disabled category');
        $t->eq([26, 27], ids($env->client->get('categories', ['parent_id' => '20'])->data(), 'category_id'), 'children by sort order');
        $t->eq([60], ids($env->client->get('categories', ['status' => '0'])->data(), 'category_id'), 'by status');
        $one = $env->client->get('category', ['category_id' => '24'])->data();
        $october = $env->version === '3.0' ? '+00:00' : '+02:00';
        $t->eq(['Phones & PDAs', 0, 1, $env->version === '4.1' ? null : '2026-10-01T00:00:00' . $october],
            [$one['name'], $one['parent_id'], $one['product_count'], $one['date_added']], 'one (4.1 keeps no category dates)');
        $products = $env->client->get('category.products', ['category_id' => '28']);
        $t->eq([['product_id' => 42, 'sku' => 'APPLE-CINEMA-30', 'model' => 'Product 15', 'name' => 'Apple Cinema 30"', 'status' => true],
            ['product_id' => 47, 'sku' => 'HP-LP3065', 'model' => 'Product 21', 'name' => 'HP LP3065', 'status' => true]], $products->data(), 'products');
        $t->eq(2, $products->json['paging']['total'], 'paged');
    });

    $h->test('customers: addresses, default address, order counts, decoding', function (Env $env, Harness $t) {
        $response = $env->client->get('customers');
        $t->status(200, $response);
        $all = $response->data();
        $t->eq([1, 2, 3, 4], ids($all, 'customer_id'), 'all customers');
        foreach ($all as $customer) {
            $t->keys(CUSTOMER_KEYS, $customer, 'customer ' . $customer['customer_id']);
        }
        $t->eq([2, 2, 2, 0], ids($all, 'order_count'), 'order counts (status > 0)');
        $alice = $all[0];
        $t->eq([1, 4], ids($alice['addresses'], 'address_id'), 'Alice has two addresses');
        $t->eq([true, false], ids($alice['addresses'], 'default'), 'default flag');
        $t->eq(1, $alice['default_address_id'], 'default address id');
        $t->keys(array_merge(ADDRESS_KEYS, ['address_id', 'default']), $alice['addresses'][0], 'customer address');
        $t->eq(['New York', 'NY', 'US'], [$alice['addresses'][1]['zone'], $alice['addresses'][1]['zone_code'], $alice['addresses'][1]['iso_code_2']], 'geo');
        $t->eq('2026-11-21T07:06:55' . winter($env), $alice['last_order_date'], 'last order');
        $dana = $all[3];
        $t->eq(["O'Neil", 'Smith & Sons Ltd', false, true, null, 5], [$dana['lastname'], $dana['addresses'][0]['company'], $dana['status'],
            $dana['newsletter'], $dana['last_order_date'], $dana['default_address_id']], 'Dana');
        $t->eq(true, $all[2]['safe'], 'safe flag');
        $t->eq([2], ids($env->client->get('customers', ['email' => 'Bob@Example.com'])->data(), 'customer_id'), 'by e-mail');
        $t->eq([4], ids($env->client->get('customers', ['status' => '0'])->data(), 'customer_id'), 'by status');
        $t->eq([4, 3], ids($env->client->get('customers', ['added_since' => '2026-11-10T00:00:00Z', 'sort' => '-date_added'])->data(), 'customer_id'),
            'added since');
        $t->eq('Carla', $env->client->get('customer', ['customer_id' => '3'])->data()['firstname'], 'one customer');
    });

    $h->test('metrics: counts and revenue per currency over a window', function (Env $env, Harness $t) {
        $response = $env->client->get('metrics', ['from' => '2026-11-01T00:00:00Z', 'to' => '2026-12-01T00:00:00Z']);
        $t->status(200, $response);
        $m = $response->data();
        $t->keys(['from', 'to', 'currency', 'orders', 'revenue', 'customers', 'products'], $m, 'metrics');
        $t->eq($env->version === '3.0' ? '2026-11-01T00:00:00+00:00' : '2026-11-01T01:00:00+01:00', $m['from'], 'from in store time');
        $t->eq('USD', $m['currency'], 'currency');
        $t->eq(7, $m['orders']['count'], 'orders in November with status > 0');
        $t->eq([[1, 1], [2, 2], [3, 1], [5, 2], [7, 1]], array_map(function ($row) {
            return [$row['order_status_id'], $row['count']];
        }, $m['orders']['by_status']), 'by status');
        $t->eq('Canceled', $m['orders']['by_status'][4]['name'], 'status name');
        $t->eq([5, 1, 2, 12, 3], $m['revenue']['status_ids'], 'revenue statuses');
        $t->eq(6, $m['revenue']['order_count'], 'revenue orders');
        $t->eq(1288.47, $m['revenue']['total'], 'revenue in the default currency');
        $t->eq([['currency_code' => 'EUR', 'order_count' => 1, 'amount' => 170.6505, 'amount_default_currency' => 217.5],
            ['currency_code' => 'GBP', 'order_count' => 1, 'amount' => 64.925, 'amount_default_currency' => 106],
            ['currency_code' => 'USD', 'order_count' => 4, 'amount' => 964.97, 'amount_default_currency' => 964.97]], $m['revenue']['by_currency'], 'per currency');
        $t->eq(['total' => 4, 'new' => 3], $m['customers'], 'customers');
        $products = $env->version === '3.0' ? ['total' => 11, 'enabled' => 10, 'out_of_stock' => 1] : ['total' => 14, 'enabled' => 13, 'out_of_stock' => 1];
        $t->eq($products, $m['products'], 'products');
        $july = $env->client->get('metrics', ['from' => '2026-07-01T00:00:00Z', 'to' => '2026-07-02T00:00:00Z'])->data();
        $t->eq([1, 105], [$july['orders']['count'], $july['revenue']['total']], 'July window');
        $default = $env->client->get('metrics')->data();
        $t->true(strtotime($default['to']) - strtotime($default['from']) === 30 * 86400, 'default window is 30 days');
    });
};
