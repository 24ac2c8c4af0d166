<?php
// The single error envelope and its codes (PROTOCOL.md §3.1).

return function (Harness $h) {
    $h->test('unknown or missing route gives route_not_found', function (Env $env, Harness $t) {
        $unknown = $env->client->get('orders.delete');
        $t->status(404, $unknown, 'route_not_found');
        $t->eq('orders.delete', $unknown->error()['details']['route'], 'route echoed');
        $t->status(404, $env->client->call(['query' => []]), 'route_not_found');
    });

    $h->test('wrong method gives method_not_allowed with Allow', function (Env $env, Harness $t) {
        $post = $env->client->post('orders', '{}');
        $t->status(405, $post, 'method_not_allowed');
        $t->eq('GET', $post->header('allow'), 'Allow header');
        $t->eq(['GET'], $post->error()['details']['allowed'], 'allowed in details');
        $get = $env->client->get('inventory.set');
        $t->status(405, $get, 'method_not_allowed');
        $t->eq('POST', $get->header('allow'), 'Allow header');
    });

    $h->test('malformed parameters give invalid_parameter naming the parameter', function (Env $env, Harness $t) {
        $cases = [
            ['orders', ['limit' => '0'], 'limit'],
            ['orders', ['limit' => '251'], 'limit'],
            ['orders', ['limit' => 'ten'], 'limit'],
            ['orders', ['offset' => '-1'], 'offset'],
            ['orders', ['sort' => 'total'], 'sort'],
            ['orders', ['status_ids' => '1,x'], 'status_ids'],
            ['orders', ['modified_since' => '2026-11-01 00:00:00'], 'modified_since'],
            ['orders', ['modified_since' => '2026-11-01T00:00:00'], 'modified_since'],
            ['orders', ['include_missing' => 'maybe'], 'include_missing'],
            ['order', [], 'order_id'],
            ['order', ['order_id' => '0'], 'order_id'],
            ['customer', ['customer_id' => '0'], 'customer_id'],
            ['metrics', ['from' => '2026-12-01T00:00:00Z', 'to' => '2026-11-01T00:00:00Z'], 'from'],
            ['metrics', ['from' => '2024-01-01T00:00:00Z', 'to' => '2026-01-01T00:00:00Z'], 'from'],
        ];
        foreach ($cases as $case) {
            $response = $env->client->get($case[0], $case[1]);
            $t->status(400, $response, 'invalid_parameter');
            $t->eq($case[2], $response->error()['details']['parameter'], $case[0] . ' ' . json_encode($case[1]));
        }
    });

    $h->test('a parameter given twice is refused', function (Env $env, Harness $t) {
        $response = $env->client->call(['raw_query' => 'route=orders&limit=1&limit=2']);
        $t->status(400, $response, 'invalid_parameter');
        $t->eq('limit', $response->error()['details']['parameter'], 'parameter named');
    });

    $h->test('absent entities give not_found with resource and id', function (Env $env, Harness $t) {
        foreach (['order' => 'order_id', 'product' => 'product_id', 'customer' => 'customer_id', 'category' => 'category_id'] as $route => $param) {
            $response = $env->client->get($route, [$param => '9999']);
            $t->status(404, $response, 'not_found');
            $t->eq(['resource' => $route, 'id' => 9999], $response->error()['details'], $route . ' details');
        }
        $t->status(404, $env->client->get('category.products', ['category_id' => '9999']), 'not_found');
    });

    $h->test('a body that is not a JSON object gives invalid_body', function (Env $env, Harness $t) {
        $t->status(400, $env->client->post('inventory.set', 'not json'), 'invalid_body');
        $t->status(400, $env->client->post('inventory.set', '[1,2]'), 'invalid_body');
        $t->status(400, $env->client->post('inventory.set', ['items' => 'OMNI-TEE']), 'invalid_body');
        $t->status(400, $env->client->post('inventory.set', ['items' => [['sku' => 'OMNI-TEE', 'quantity' => 1]], 'match' => 'ean']), 'invalid_body');
        $t->status(400, $env->client->post('inventory.set', ['items' => [['sku' => 'OMNI-TEE', 'quantity' => 1]], 'dry_run' => 'yes']), 'invalid_body');
    });

    $h->test('a missing config.php gives bridge_misconfigured', function (Env $env, Harness $t) {
        $response = $env->client->get('version', [], ['path' => '/noconfig/omnicart-bridge.php']);
        $t->status(500, $response, 'bridge_misconfigured');
        $t->true(strpos($response->body, $env->docroot) === false, 'no server paths in the message');
    });

    $h->test('an unreachable database gives database_unavailable without secrets', function (Env $env, Harness $t) {
        $response = $env->client->get('version', [], ['path' => '/baddb/omnicart-bridge.php']);
        $t->status(503, $response, 'database_unavailable');
        $t->true(strpos($response->body, $env->database) === false, 'no database name in the body');
        $t->true(stripos($response->body, 'root') === false, 'no user name in the body');
    });

    $h->test('an oversized body gives body_too_large', function (Env $env, Harness $t) {
        $big = '{"items":[],"pad":"' . str_repeat('a', 4194304) . '"}';
        $t->status(413, $env->client->post('inventory.set', $big), 'body_too_large');
    });

    $h->test('the bridge source uses no syntax newer than PHP 7.3', function (Env $env, Harness $t) {
        $tokens = token_get_all(file_get_contents(dirname(__DIR__, 2) . '/omnicart-bridge.php'));
        $newer = ['T_FN' => '7.4 arrow function', 'T_COALESCE_EQUAL' => '7.4 ??=', 'T_MATCH' => '8.0 match',
            'T_NULLSAFE_OBJECT_OPERATOR' => '8.0 ?->', 'T_ATTRIBUTE' => '8.0 attribute', 'T_READONLY' => '8.1 readonly', 'T_ENUM' => '8.1 enum'];
        $found = [];
        $significant = array_values(array_filter($tokens, function ($token) {
            return !is_array($token) || !in_array($token[0], [T_WHITESPACE, T_COMMENT, T_DOC_COMMENT], true);
        }));
        foreach ($significant as $i => $token) {
            if (!is_array($token)) {
                continue;
            }
            $name = token_name($token[0]);
            if (isset($newer[$name])) {
                $found[] = $newer[$name] . ' on line ' . $token[2];
            }
            $modifier = in_array($token[0], [T_PUBLIC, T_PROTECTED, T_PRIVATE, T_VAR], true);
            $next = isset($significant[$i + 1]) ? $significant[$i + 1] : null;
            if ($next !== null && is_array($next) && $next[0] === T_STATIC) {
                $next = isset($significant[$i + 2]) ? $significant[$i + 2] : null;
            }
            if ($modifier && $next !== null && (!is_array($next) || !in_array($next[0], [T_VARIABLE, T_FUNCTION, T_CONST], true))) {
                $found[] = '7.4 typed property on line ' . $token[2];
            }
        }
        $t->eq([], $found, 'PHP 7.3 compatible');
        exec(escapeshellarg(PHP_BINARY) . ' -l ' . escapeshellarg(dirname(__DIR__, 2) . '/omnicart-bridge.php') . ' 2>&1', $out, $code);
        $t->eq(0, $code, 'php -l: ' . implode(' ', $out));
    }, ['3.0']);
};
