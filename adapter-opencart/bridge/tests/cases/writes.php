<?php
// Write routes: inventory by SKU (500 items, all-or-nothing, cache clearing), category links, shipments.

function quantity(Env $env, int $productId): int
{
    return (int) $env->scalar('SELECT quantity FROM ' . $env->t('product') . ' WHERE product_id = ' . $productId);
}

function valueQuantity(Env $env, int $valueId): int
{
    return (int) $env->scalar('SELECT quantity FROM ' . $env->t('product_option_value') . ' WHERE product_option_value_id = ' . $valueId);
}

/** Adds products BULK-0001 … BULK-<n> with quantity 0 (once per environment). */
function bulkProducts(Env $env, int $count): void
{
    if ((int) $env->scalar('SELECT COUNT(*) FROM ' . $env->t('product') . ' WHERE ' . bulkSkuFilter($env)) >= $count) {
        return;
    }
    $codes = $env->version === '4.1';
    $env->db->begin_transaction();
    $insert = $env->db->prepare('INSERT INTO ' . $env->t('product') . ' (product_id, model, ' . ($codes ? '' : 'sku, ')
        . 'quantity, stock_status_id, shipping, price, tax_class_id, date_available, subtract, minimum, status, date_added,'
        . " date_modified) VALUES (?, ?, " . ($codes ? '' : '?, ') . "0, 7, 1, 1, 0, '2026-11-01', 1, 1, 1, NOW(), NOW())");
    $code = $codes ? $env->db->prepare('INSERT INTO ' . $env->t('product_code') . " (product_id, code, value) VALUES (?, 'SKU', ?)") : null;
    for ($i = 1; $i <= $count; $i++) {
        $id = 10000 + $i;
        $sku = sprintf('BULK-%04d', $i);
        if ($codes) {
            $insert->bind_param('is', $id, $sku);
            $code->bind_param('is', $id, $sku);
            $code->execute();
        } else {
            $insert->bind_param('iss', $id, $sku, $sku);
        }
        $insert->execute();
    }
    $env->db->commit();
}

/** The bulk products: 4.1 keeps SKUs in product_code, the others in product.sku. */
function bulkSkuFilter(Env $env): string
{
    return $env->version === '4.1'
        ? 'product_id IN (SELECT product_id FROM ' . $env->t('product_code') . " WHERE code = 'SKU' AND value LIKE 'BULK-%')"
        : "sku LIKE 'BULK-%'";
}

function bulkItems(int $count, int $base): array
{
    $items = [];
    for ($i = 1; $i <= $count; $i++) {
        $items[] = ['sku' => sprintf('BULK-%04d', $i), 'quantity' => $base + $i];
    }
    return $items;
}

return function (Harness $h) {
    $h->test('inventory: product level by sku, with previous quantity', function (Env $env, Harness $t) {
        $response = $env->client->post('inventory.set', ['items' => [['sku' => 'OMNI-TEE', 'quantity' => 20]]]);
        $t->status(200, $response);
        $t->eq(['dry_run' => false, 'updated' => 1, 'cache_cleared' => 0, 'items' => [['index' => 0, 'sku' => 'OMNI-TEE', 'target' => 'product',
            'product_id' => 50, 'product_option_value_id' => null, 'previous_quantity' => 12, 'quantity' => 20]]], $response->data(), 'response');
        $t->eq(20, quantity($env, 50), 'stored');
        $t->eq(20, $env->client->get('product', ['product_id' => '50'])->data()['quantity'], 'read back');
        $same = $env->client->post('inventory.set', ['items' => [['sku' => 'OMNI-TEE', 'quantity' => 20]]])->data();
        $t->eq(0, $same['updated'], 'unchanged quantity is not counted');
    });

    $h->test('inventory: option values through product_id:product_option_value_id', function (Env $env, Harness $t) {
        $response = $env->client->post('inventory.set', ['items' => [['sku' => '50:301', 'quantity' => 7], ['sku' => '42:11', 'quantity' => 0]]]);
        $t->status(200, $response);
        $t->eq(['option_value', 50, 301, 3, 7], [$response->data()['items'][0]['target'], $response->data()['items'][0]['product_id'],
            $response->data()['items'][0]['product_option_value_id'], $response->data()['items'][0]['previous_quantity'],
            $response->data()['items'][0]['quantity']], 'option value target');
        $t->eq([7, 0], [valueQuantity($env, 301), valueQuantity($env, 11)], 'stored');
        $t->eq(20, quantity($env, 50), 'product counter untouched (independent counters)');
    });

    $h->test('inventory: match=model, dry run, case-sensitive sku', function (Env $env, Harness $t) {
        $t->status(200, $env->client->post('inventory.set', ['items' => [['sku' => 'FISH-1', 'quantity' => 9]], 'match' => 'model']));
        $t->eq(9, quantity($env, 51), 'matched by model');
        $dry = $env->client->post('inventory.set', ['items' => [['sku' => 'IPHONE', 'quantity' => 1]], 'dry_run' => true]);
        $t->status(200, $dry);
        $t->eq([true, 0, 968, 1], [$dry->data()['dry_run'], $dry->data()['updated'], $dry->data()['items'][0]['previous_quantity'],
            $dry->data()['items'][0]['quantity']], 'dry run reports');
        $t->eq(968, quantity($env, 40), 'dry run changes nothing');
        $lower = $env->client->post('inventory.set', ['items' => [['sku' => 'omni-tee', 'quantity' => 1]]]);
        $t->status(422, $lower, 'validation_failed');
        $t->eq('sku_not_found', $lower->error()['details']['errors'][0]['code'], 'exact match only');
    });

    $h->test('inventory: bad items give per-item errors and change nothing', function (Env $env, Harness $t) {
        $before = [quantity($env, 40), quantity($env, 36), valueQuantity($env, 300)];
        $items = [
            ['sku' => 'IPHONE', 'quantity' => 5],
            ['sku' => 'NOPE-1', 'quantity' => 1],
            ['sku' => 'DUP-SKU', 'quantity' => 1],
            ['sku' => '50:999', 'quantity' => 1],
            ['sku' => '49:301', 'quantity' => 1],
            ['sku' => 'IPOD-NANO', 'quantity' => -1],
            ['sku' => 'IPOD-NANO', 'quantity' => 1.5],
            ['quantity' => 1],
            ['sku' => '50:300', 'quantity' => 1],
            ['sku' => 'IPHONE', 'quantity' => 6],
            'not an object',
        ];
        $response = $env->client->post('inventory.set', ['items' => $items]);
        $t->status(422, $response, 'validation_failed');
        $errors = $response->error()['details']['errors'];
        $t->eq([[1, 'sku_not_found'], [2, 'sku_ambiguous'], [3, 'option_value_not_found'], [4, 'option_value_not_found'], [5, 'quantity_invalid'],
            [6, 'quantity_invalid'], [7, 'sku_missing'], [9, 'sku_duplicate'], [10, 'sku_missing']], array_map(function ($e) {
                return [$e['index'], $e['code']];
            }, $errors), 'per-item errors in index order');
        $t->eq([52, 53], $errors[1]['product_ids'], 'ambiguous sku lists the products');
        $t->keys(['index', 'sku', 'code', 'message'], $errors[0], 'error item');
        $t->eq('9 of 11 items are invalid; nothing was changed', $response->error()['message'], 'message');
        $t->eq($before, [quantity($env, 40), quantity($env, 36), valueQuantity($env, 300)], 'valid items were not applied');
    });

    $h->test('inventory: more than 500 items is refused', function (Env $env, Harness $t) {
        $response = $env->client->post('inventory.set', ['items' => bulkItems(501, 0)]);
        $t->status(400, $response, 'too_many_items');
        $t->eq(500, $response->error()['details']['max'], 'max in details');
        $t->status(400, $env->client->post('inventory.set', ['items' => []]), 'invalid_body');
    });

    $h->test('inventory: 500 SKUs in one call, all applied, product cache cleared', function (Env $env, Harness $t) {
        bulkProducts($env, 500);
        $env->seedCache(['cache.product.abc.1999999999', 'cache.product.1999999998', 'cache.currency.1999999999']);
        $response = $env->client->post('inventory.set', ['items' => bulkItems(500, 1000)]);
        $t->status(200, $response);
        $t->eq(500, $response->data()['updated'], 'updated');
        $t->eq(500, count($response->data()['items']), 'one result per item');
        $t->eq(2, $response->data()['cache_cleared'], 'product cache files removed');
        $t->eq(['cache.currency.1999999999'], $env->cacheFiles(), 'other caches kept');
        $t->eq(500 * 1000 + 500 * 501 / 2, (int) $env->scalar('SELECT SUM(quantity) FROM ' . $env->t('product') . ' WHERE ' . bulkSkuFilter($env)), 'all stored');
        $t->eq(1237, quantity($env, 10237), 'one of them');
    });

    $h->test('inventory: one bad item among 500 leaves all 499 others unchanged', function (Env $env, Harness $t) {
        bulkProducts($env, 500);
        $before = (int) $env->scalar('SELECT SUM(quantity) FROM ' . $env->t('product') . ' WHERE ' . bulkSkuFilter($env));
        $items = bulkItems(499, 5000);
        $items[] = ['sku' => 'BULK-9999', 'quantity' => 1];
        $response = $env->client->post('inventory.set', ['items' => $items]);
        $t->status(422, $response, 'validation_failed');
        $t->eq([['index' => 499, 'sku' => 'BULK-9999', 'code' => 'sku_not_found', 'message' => 'no product has sku BULK-9999']],
            $response->error()['details']['errors'], 'only the bad item is reported');
        $t->eq($before, (int) $env->scalar('SELECT SUM(quantity) FROM ' . $env->t('product') . ' WHERE ' . bulkSkuFilter($env)), 'nothing changed');
    });

    $h->test('inventory: a 4.0 variant has its own sku; the master is untouched', function (Env $env, Harness $t) {
        $response = $env->client->post('inventory.set', ['items' => [['sku' => 'OMNI-HOODIE-S', 'quantity' => 11]]]);
        if ($env->version === '3.0') {
            $t->status(422, $response, 'validation_failed');
            return;
        }
        $t->status(200, $response);
        $t->eq([61, 11, 10], [$response->data()['items'][0]['product_id'], quantity($env, 61), quantity($env, 60)], 'variant set, master kept');
    }, ['3.0', '4.0', '4.1']);

    $h->test('inventory: option sku column of a third-party extension is used when present', function (Env $env, Harness $t) {
        $env->exec('ALTER TABLE ' . $env->t('product_option_value') . " ADD COLUMN sku VARCHAR(64) NOT NULL DEFAULT ''");
        try {
            $env->exec('UPDATE ' . $env->t('product_option_value') . " SET sku = 'OMNI-TEE-L' WHERE product_option_value_id = 302");
            $t->eq(true, $env->client->get('version')->data()['features']['option_sku_column'], 'feature reported');
            $response = $env->client->post('inventory.set', ['items' => [['sku' => 'OMNI-TEE-L', 'quantity' => 4]]]);
            $t->status(200, $response);
            $t->eq(['option_value', 302], [$response->data()['items'][0]['target'], $response->data()['items'][0]['product_option_value_id']], 'target');
            $t->eq(4, valueQuantity($env, 302), 'stored');
            $values = $env->client->get('product', ['product_id' => '50'])->data()['options'][0]['values'];
            $t->eq([null, null, 'OMNI-TEE-L'], ids($values, 'sku'), 'option value sku exposed');
        } finally {
            $env->exec('ALTER TABLE ' . $env->t('product_option_value') . ' DROP COLUMN sku');
        }
    });

    $h->test('categories: assign and unassign are idempotent and clear caches', function (Env $env, Harness $t) {
        $env->seedCache(['cache.category.1.1999999999', 'cache.product.x.1999999999']);
        $first = $env->client->post('category.assign', ['category_id' => 60, 'product_ids' => [50, 43]]);
        $t->status(200, $first);
        $t->eq(['category_id' => 60, 'changed' => 2, 'unchanged' => 0, 'product_ids' => [50, 43]], $first->data(), 'assigned');
        $t->eq([], array_values(array_filter($env->cacheFiles(), function ($f) {
            return strpos($f, 'cache.category.') === 0 || strpos($f, 'cache.product.') === 0;
        })), 'caches cleared');
        $again = $env->client->post('category.assign', ['category_id' => 60, 'product_ids' => [50, 43]])->data();
        $t->eq([0, 2], [$again['changed'], $again['unchanged']], 'idempotent');
        $t->eq([43, 50], ids($env->client->get('category.products', ['category_id' => '60'])->data(), 'product_id'), 'read back');
        $t->eq([59, 60], $env->client->get('product', ['product_id' => '50'])->data()['category_ids'], 'product sees it');
        $removed = $env->client->post('category.unassign', ['category_id' => 60, 'product_ids' => [43, 50]])->data();
        $t->eq([2, 0], [$removed['changed'], $removed['unchanged']], 'unassigned');
        $t->eq(0, $env->client->get('category', ['category_id' => '60'])->data()['product_count'], 'empty again');
    });

    $h->test('categories: unknown products change nothing; unknown category is 404', function (Env $env, Harness $t) {
        $response = $env->client->post('category.assign', ['category_id' => 60, 'product_ids' => [50, 99999]]);
        $t->status(422, $response, 'validation_failed');
        $t->eq([['index' => 1, 'product_id' => 99999, 'code' => 'product_not_found', 'message' => 'product 99999 does not exist']],
            $response->error()['details']['errors'], 'per-item error');
        $t->eq(0, $env->client->get('category', ['category_id' => '60'])->data()['product_count'], 'nothing assigned');
        $t->status(404, $env->client->post('category.assign', ['category_id' => 9999, 'product_ids' => [50]]), 'not_found');
        $t->status(400, $env->client->post('category.assign', ['category_id' => 60, 'product_ids' => [50, 50]]), 'invalid_body');
        $t->status(400, $env->client->post('category.unassign', ['category_id' => '60', 'product_ids' => [50]]), 'invalid_body');
    });

    $h->test('shipments: recorded through the bridge and returned on the order', function (Env $env, Harness $t) {
        $response = $env->client->post('shipment.add', ['order_id' => 3, 'tracking_number' => '1Z999AA10123456784', 'carrier' => 'UPS', 'order_history_id' => 7]);
        $t->status(200, $response);
        $shipment = $response->data();
        $t->keys(['shipment_id', 'tracking_number', 'carrier', 'order_history_id', 'date_added'], $shipment, 'shipment');
        $t->eq(['1Z999AA10123456784', 'UPS', 7], [$shipment['tracking_number'], $shipment['carrier'], $shipment['order_history_id']], 'fields');
        $t->true(preg_match('/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/', $shipment['date_added']) === 1, 'ISO date');
        $second = $env->client->post('shipment.add', ['order_id' => 3, 'tracking_number' => 'SECOND-PARCEL'])->data();
        $t->eq([null, null], [$second['carrier'], $second['order_history_id']], 'optional fields');
        $order = $env->client->get('order', ['order_id' => '3'])->data();
        $t->eq(['1Z999AA10123456784', 'SECOND-PARCEL'], ids($order['shipments'], 'tracking_number'), 'order shows its shipments');
        $t->eq([], $env->client->get('order', ['order_id' => '4'])->data()['shipments'], 'other orders unaffected');
        $t->status(404, $env->client->post('shipment.add', ['order_id' => 9999, 'tracking_number' => 'X']), 'not_found');
        $t->status(400, $env->client->post('shipment.add', ['order_id' => 3, 'tracking_number' => '']), 'invalid_body');
        $t->status(400, $env->client->post('shipment.add', ['order_id' => 3, 'tracking_number' => 'X', 'carrier' => 5]), 'invalid_body');
    });
};
