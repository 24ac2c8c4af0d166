<?php
// Authentication: signature, clock window, replay, user status, IP allow-list, transports (PROTOCOL.md §2).

return function (Harness $h) {
    $h->test('signed request in headers is accepted', function (Env $env, Harness $t) {
        $response = $env->client->get('version');
        $t->status(200, $response);
        $t->eq('no-store', $response->header('cache-control'), 'Cache-Control');
    });

    $h->test('query-string fallback carries the auth fields', function (Env $env, Harness $t) {
        $response = $env->client->get('orders', ['limit' => 1], ['transport' => 'query']);
        $t->status(200, $response);
        $t->eq(1, count($response->data()), 'one order');
    });

    $h->test('the same signature is valid in headers and in the query (auth params are not signed)', function (Env $env, Harness $t) {
        $timestamp = (string) time();
        $nonce = bin2hex(random_bytes(16));
        $signature = Client::sign(Env::KEY, 'GET', Client::PATH, 'route=version', '', $timestamp, $nonce, 'omnicart');
        $query = 'route=version&oc_user=omnicart&oc_ts=' . $timestamp . '&oc_nonce=' . $nonce . '&oc_sig=' . $signature;
        $t->status(200, $env->client->call(['raw_query' => $query, 'sign' => false]));
    });

    $h->test('canonical query ignores parameter order and encoding (raw + and %2B)', function (Env $env, Harness $t) {
        $raw = 'sort=-order_id&modified_since=2026-11-01T00:00:00+00:00&route=orders&limit=2';
        $t->status(200, $env->client->call(['raw_query' => $raw]));
        $encoded = 'limit=2&route=orders&modified_since=2026-11-01T00%3a00%3a00%2B00%3A00';
        $response = $env->client->call(['raw_query' => $encoded]);
        $t->status(200, $response);
        $t->eq(2, count($response->data()), 'filter parsed from the encoded form');
    });

    $h->test('expired and future timestamps are refused (±300 s window)', function (Env $env, Harness $t) {
        $old = $env->client->get('version', [], ['timestamp' => time() - 301]);
        $t->status(401, $old, 'timestamp_out_of_window');
        $t->true(is_int($old->error()['details']['server_time']), 'server_time in details');
        $t->status(401, $env->client->get('version', [], ['timestamp' => time() + 301]), 'timestamp_out_of_window');
        $t->status(200, $env->client->get('version', [], ['timestamp' => time() - 290]));
        $t->status(200, $env->client->get('version', [], ['timestamp' => time() + 290]));
    });

    $h->test('a replayed request is refused', function (Env $env, Harness $t) {
        $options = ['timestamp' => time(), 'nonce' => 'replay-' . bin2hex(random_bytes(8))];
        $t->status(200, $env->client->get('settings', [], $options));
        $t->status(401, $env->client->get('settings', [], $options), 'request_replayed');
        $t->status(401, $env->client->get('version', [], $options), 'request_replayed');
        $t->status(401, $env->client->get('version', [], $options + ['transport' => 'query']), 'request_replayed');
    });

    $h->test('nonces are stored per API user in the bridge table under DB_PREFIX', function (Env $env, Harness $t) {
        $nonce = 'stored-' . bin2hex(random_bytes(8));
        $t->status(200, $env->client->get('version', [], ['nonce' => $nonce]));
        $t->eq('2', (string) $env->scalar('SELECT api_id FROM ' . $env->t('omnicart_nonce') . " WHERE nonce = '" . $nonce . "'"), 'nonce row for api_id 2');
        $t->eq('0', (string) $env->scalar("SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = '" . $env->database
            . "' AND TABLE_NAME = 'omnicart_nonce'"), 'no unprefixed table');
    });

    $h->test('the bridge recreates its nonce table when missing', function (Env $env, Harness $t) {
        $env->exec('DROP TABLE IF EXISTS ' . $env->t('omnicart_nonce'));
        $t->status(200, $env->client->get('version'));
        $t->eq('1', (string) $env->scalar('SELECT COUNT(*) FROM ' . $env->t('omnicart_nonce')), 'table recreated with one nonce');
    });

    $h->test('a wrong key or an unknown user gives signature_invalid', function (Env $env, Harness $t) {
        $wrong = $env->other('omnicart', str_repeat('x', 64));
        $t->status(401, $wrong->get('version'), 'signature_invalid');
        $unknown = $env->other('nobody', Env::KEY);
        $t->status(401, $unknown->get('version'), 'signature_invalid');
        $t->status(401, $env->client->get('version', [], ['signature' => str_repeat('0', 64)]), 'signature_invalid');
    });

    $h->test('tampering with body, query or path breaks the signature', function (Env $env, Harness $t) {
        $body = json_encode(['items' => [['sku' => 'OMNI-TEE', 'quantity' => 1]], 'dry_run' => true]);
        $tampered = json_encode(['items' => [['sku' => 'OMNI-TEE', 'quantity' => 999]], 'dry_run' => true]);
        $t->status(401, $env->client->post('inventory.set', $body, ['sent_body' => $tampered]), 'signature_invalid');
        $t->status(401, $env->client->get('orders', [], ['extra_query' => 'limit=1']), 'signature_invalid');
        $t->status(401, $env->client->get('version', [], ['sent_path' => '/omnicart-bridge.php/x']), 'signature_invalid');
    });

    $h->test('the uppercase hex signature is accepted', function (Env $env, Harness $t) {
        $timestamp = (string) time();
        $nonce = bin2hex(random_bytes(16));
        $signature = strtoupper(Client::sign(Env::KEY, 'GET', Client::PATH, 'route=version', '', $timestamp, $nonce, 'omnicart'));
        $t->status(200, $env->client->get('version', [], ['timestamp' => $timestamp, 'nonce' => $nonce, 'signature' => $signature]));
    });

    $h->test('a disabled API user is refused', function (Env $env, Harness $t) {
        $t->status(403, $env->other('omnicart-disabled', Env::DISABLED_KEY)->get('version'), 'api_user_disabled');
    });

    $h->test('an address outside the IP allow-list is refused', function (Env $env, Harness $t) {
        $remote = $env->other('omnicart-remote', Env::REMOTE_KEY)->get('version');
        $t->status(403, $remote, 'ip_not_allowed');
        $t->eq('127.0.0.1', $remote->error()['details']['ip'], 'seen address reported');
        $fromOtherAddress = $env->client->get('version', [], ['bind' => '127.0.0.2']);
        $t->status(403, $fromOtherAddress, 'ip_not_allowed');
        $t->eq('127.0.0.2', $fromOtherAddress->error()['details']['ip'], 'REMOTE_ADDR used');
        $forged = $env->client->get('version', [], ['bind' => '127.0.0.2', 'headers' => ['X-Forwarded-For' => '127.0.0.1']]);
        $t->status(403, $forged, 'ip_not_allowed');
    });

    $h->test('adding the address to oc_api_ip lets the user in', function (Env $env, Harness $t) {
        $env->exec('INSERT INTO ' . $env->t('api_ip') . " (api_id, ip) VALUES (2, '127.0.0.2')");
        $t->status(200, $env->client->get('version', [], ['bind' => '127.0.0.2']));
        $env->exec('DELETE FROM ' . $env->t('api_ip') . " WHERE api_id = 2 AND ip = '127.0.0.2'");
        $t->status(403, $env->client->get('version', [], ['bind' => '127.0.0.2']), 'ip_not_allowed');
    });

    $h->test('missing or malformed auth fields give auth_missing', function (Env $env, Harness $t) {
        $none = $env->client->get('version', [], ['sign' => false]);
        $t->status(401, $none, 'auth_missing');
        $t->eq('user', $none->error()['details']['field'], 'first missing field');
        $t->status(401, $env->client->get('version', [], ['nonce' => 'short']), 'auth_missing');
        $t->status(401, $env->client->get('version', [], ['nonce' => str_repeat('n', 65)]), 'auth_missing');
        $t->status(401, $env->client->get('version', [], ['timestamp' => '12.5']), 'auth_missing');
        $t->status(401, $env->client->get('version', [], ['signature' => 'not-hex']), 'auth_missing');
        $t->status(401, $env->client->get('version', [], ['user' => '']), 'auth_missing');
    });

    $h->test('unauthenticated callers learn nothing about routes', function (Env $env, Harness $t) {
        $t->status(401, $env->client->get('no-such-route', [], ['sign' => false]), 'auth_missing');
        $t->status(401, $env->client->call(['raw_query' => '', 'sign' => false]), 'auth_missing');
    });

    $h->test('the default API user created by the installer works too', function (Env $env, Harness $t) {
        $key = $env->scalar('SELECT `key` FROM ' . $env->t('api') . " WHERE username = 'Default'");
        $t->eq(256, strlen($key), 'installer-style 256-char key');
        $t->status(200, $env->other('Default', $key)->get('version'));
    });
};
