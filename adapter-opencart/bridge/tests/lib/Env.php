<?php
// One OpenCart version under test: a scratch database loaded by fixture/load.sh, a docroot with the bridge and a
// generated config.php, and `php -S` serving it on a free port.

final class Env
{
    const KEY = '0mn1c4rtT35tK3y0000000000000000000000000000000000000000000000001';
    const DISABLED_KEY = '0mn1c4rtD15abl3d000000000000000000000000000000000000000000000002';
    const REMOTE_KEY = '0mn1c4rtR3m0t3K3y00000000000000000000000000000000000000000000003';

    public $version;
    public $database;
    public $prefix;
    public $root;
    public $docroot;
    public $cacheDir;
    public $port;
    public $client;
    public $db;
    private $server;

    public function __construct(string $version, string $prefix)
    {
        $this->version = $version;
        $this->prefix = $prefix;
        $this->database = 'omnicart_bridge_t' . getmypid() . '_' . str_replace('.', '', $version);
        $this->root = sys_get_temp_dir() . '/omnicart-bridge-test-' . getmypid() . '-' . str_replace('.', '', $version);
        $this->docroot = $this->root . '/www';
        $this->cacheDir = $this->root . '/storage/cache';
    }

    public static function mariaHost(): string
    {
        $host = getenv('OMNICART_TEST_MARIADB_HOST');
        return $host === false || $host === '' ? '127.0.0.1' : $host;
    }

    public static function mariaPort(): int
    {
        $port = getenv('OMNICART_TEST_MARIADB_PORT');
        return $port === false || $port === '' ? 3306 : (int) $port;
    }

    public function start(string $bridgeDir): void
    {
        $this->load($bridgeDir);
        foreach ([$this->docroot, $this->cacheDir, $this->docroot . '/noconfig', $this->docroot . '/baddb'] as $dir) {
            if (!is_dir($dir) && !mkdir($dir, 0777, true)) {
                throw new RuntimeException('cannot create ' . $dir);
            }
        }
        $this->port = self::freePort();
        $bridge = $bridgeDir . '/omnicart-bridge.php';
        foreach (['', '/noconfig', '/baddb'] as $sub) {
            copy($bridge, $this->docroot . $sub . '/omnicart-bridge.php');
        }
        $template = file_get_contents($bridgeDir . '/fixture/config.php.template');
        $values = [
            '@@HTTP_SERVER@@' => 'http://127.0.0.1:' . $this->port . '/',
            '@@DIR_OPENCART@@' => $this->docroot . '/',
            '@@DIR_STORAGE@@' => $this->root . '/storage/',
            '@@DB_HOSTNAME@@' => self::mariaHost(),
            '@@DB_USERNAME@@' => 'root',
            '@@DB_PASSWORD@@' => '',
            '@@DB_DATABASE@@' => $this->database,
            '@@DB_PORT@@' => (string) self::mariaPort(),
            '@@DB_PREFIX@@' => $this->prefix,
        ];
        file_put_contents($this->docroot . '/config.php', strtr($template, $values));
        $values['@@DB_PORT@@'] = (string) self::freePort();
        file_put_contents($this->docroot . '/baddb/config.php', strtr($template, $values));

        $log = $this->root . '/server.log';
        $command = 'exec ' . escapeshellarg(PHP_BINARY) . ' -S 127.0.0.1:' . $this->port . ' -t ' . escapeshellarg($this->docroot);
        $this->server = proc_open($command, [0 => ['file', '/dev/null', 'r'], 1 => ['file', $log, 'a'], 2 => ['file', $log, 'a']], $pipes);
        if (!is_resource($this->server)) {
            throw new RuntimeException('cannot start php -S');
        }
        $this->waitForServer($log);
        $this->client = new Client('127.0.0.1', $this->port, 'omnicart', self::KEY);
        $this->db = new mysqli(self::mariaHost(), 'root', '', $this->database, self::mariaPort());
        $this->db->set_charset('utf8mb4');
        $this->db->query("SET SESSION sql_mode = 'NO_ZERO_IN_DATE,NO_ENGINE_SUBSTITUTION'");
    }

    public function stop(): void
    {
        if (is_resource($this->server)) {
            proc_terminate($this->server);
            proc_close($this->server);
        }
        $db = $this->db instanceof mysqli ? $this->db : new mysqli(self::mariaHost(), 'root', '', '', self::mariaPort());
        $db->query('DROP DATABASE IF EXISTS `' . $this->database . '`');
        $db->close();
        self::removeTree($this->root);
    }

    /** `prefix + name`, backquoted, for direct SQL in tests. */
    public function t(string $table): string
    {
        return '`' . $this->prefix . $table . '`';
    }

    public function scalar(string $sql)
    {
        $result = $this->db->query($sql);
        $row = $result->fetch_row();
        return $row === null ? null : $row[0];
    }

    public function rows(string $sql): array
    {
        return $this->db->query($sql)->fetch_all(MYSQLI_ASSOC);
    }

    public function exec(string $sql): void
    {
        $this->db->query($sql);
    }

    public function other(string $user, string $key): Client
    {
        return new Client('127.0.0.1', $this->port, $user, $key);
    }

    /** Drops OpenCart-style cache files into DIR_CACHE. */
    public function seedCache(array $names): void
    {
        foreach ($names as $name) {
            file_put_contents($this->cacheDir . '/' . $name, '[]');
        }
    }

    public function cacheFiles(): array
    {
        $files = array_map('basename', glob($this->cacheDir . '/cache.*') ?: []);
        sort($files);
        return $files;
    }

    private function load(string $bridgeDir): void
    {
        $command = escapeshellarg($bridgeDir . '/fixture/load.sh') . ' ' . escapeshellarg($this->database) . ' '
            . escapeshellarg($this->version) . ' ' . escapeshellarg($this->prefix) . ' 2>&1';
        exec($command, $output, $code);
        if ($code !== 0) {
            throw new RuntimeException('fixture/load.sh failed (' . $code . "):\n" . implode("\n", $output));
        }
    }

    private function waitForServer(string $log): void
    {
        for ($i = 0; $i < 200; $i++) {
            $socket = @stream_socket_client('tcp://127.0.0.1:' . $this->port, $errno, $errstr, 1);
            if ($socket !== false) {
                fclose($socket);
                return;
            }
            usleep(50000);
        }
        throw new RuntimeException('php -S did not start: ' . @file_get_contents($log));
    }

    private static function freePort(): int
    {
        $server = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr);
        if ($server === false) {
            throw new RuntimeException('no free port: ' . $errstr);
        }
        $name = stream_socket_get_name($server, false);
        fclose($server);
        return (int) substr($name, strrpos($name, ':') + 1);
    }

    private static function removeTree(string $path): void
    {
        if (!file_exists($path)) {
            return;
        }
        if (is_dir($path) && !is_link($path)) {
            foreach (scandir($path) as $entry) {
                if ($entry !== '.' && $entry !== '..') {
                    self::removeTree($path . '/' . $entry);
                }
            }
            rmdir($path);
        } else {
            unlink($path);
        }
    }
}
