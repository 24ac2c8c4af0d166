<?php
// OmniCart bridge PHP test suite. Usage: php tests/run.php [name filter]
//
// Loads the fixture into three scratch MariaDB databases (OpenCart 3.0 with prefix oc_, 4.0 with prefix ocx_, 4.1 with
// prefix oc41_), serves
// a docroot holding the bridge and a generated config.php with `php -S` on a free port per version, and checks the
// bridge over HTTP against PROTOCOL.md. Exit code 0 only when every test passed. Needs php-cli and php-mysql, the
// mysql client (fixture/load.sh) and MariaDB at $OMNICART_TEST_MARIADB_HOST:$OMNICART_TEST_MARIADB_PORT
// (default 127.0.0.1:3306, user root, no password).

error_reporting(E_ALL);
ini_set('display_errors', 'stderr');
set_error_handler(function ($severity, $message, $file, $line) {
    if ((error_reporting() & $severity) === 0) {
        return false; // silenced with @
    }
    throw new ErrorException($message, 0, $severity, $file, $line);
});

if (!extension_loaded('mysqli')) {
    fwrite(STDERR, "php-mysql (the mysqli extension) is missing: install php-cli and php-mysql (Debian: apt-get install php-cli php-mysql)\n");
    exit(2);
}
mysqli_report(MYSQLI_REPORT_ERROR | MYSQLI_REPORT_STRICT);

$bridgeDir = dirname(__DIR__);
require __DIR__ . '/lib/Harness.php';
require __DIR__ . '/lib/Client.php';
require __DIR__ . '/lib/Env.php';

$harness = new Harness();
foreach (['auth', 'errors', 'reads', 'writes'] as $case) {
    $register = require __DIR__ . '/cases/' . $case . '.php';
    $register($harness);
}

$envs = ['3.0' => new Env('3.0', 'oc_'), '4.0' => new Env('4.0', 'ocx_'), '4.1' => new Env('4.1', 'oc41_')];
$ok = false;
try {
    foreach ($envs as $env) {
        echo 'Starting OpenCart ' . $env->version . ' fixture (database ' . $env->database . ', prefix ' . $env->prefix . ")\n";
        $env->start($bridgeDir);
        echo '  bridge served on 127.0.0.1:' . $env->port . "\n";
    }
    echo "\n";
    $ok = $harness->run($envs, isset($argv[1]) ? $argv[1] : null);
} catch (Throwable $e) {
    fwrite(STDERR, 'Test setup failed: ' . get_class($e) . ': ' . $e->getMessage() . "\n");
    echo "FAILED: test setup failed\n";
} finally {
    foreach ($envs as $env) {
        try {
            $env->stop();
        } catch (Throwable $e) {
            fwrite(STDERR, 'cleanup of ' . $env->version . ' failed: ' . $e->getMessage() . "\n");
        }
    }
}
exit($ok ? 0 : 1);
