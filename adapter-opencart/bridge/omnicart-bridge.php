<?php
/*
 * OmniCart bridge for OpenCart 3.0.x / 4.0.x — upload this one file to the store root (next to config.php).
 *
 * It reads the database settings from the store's config.php and answers signed JSON requests from the OmniCart
 * gateway. It does not boot OpenCart (so it also works in maintenance mode) and changes no OpenCart file.
 * Requests are authenticated with an existing OpenCart API user (System > Users > API): HMAC-SHA256 signatures
 * keyed with the user's key, the user's status and its IP allow-list. The wire contract is PROTOCOL.md.
 *
 * Requirements: PHP 7.3 - 8.3 with mysqli (mysqlnd). No other files, no composer.
 */

namespace OmniCartBridge;

const BRIDGE_VERSION = '2.0.0';
const PROTOCOL_VERSION = 2;
const SIGNATURE_SCHEME = 'OMNICART1-HMAC-SHA256';
const CLOCK_WINDOW_SECONDS = 300;
const MAX_BODY_BYTES = 4194304;
const MAX_PAGE_SIZE = 250;
const DEFAULT_PAGE_SIZE = 50;
const MAX_BATCH_ITEMS = 500;

/** An error that becomes the JSON error envelope with its HTTP status. */
final class HttpError extends \Exception
{
    public $status;
    public $errorCode;
    public $details;
    public $headers;

    public function __construct(int $status, string $errorCode, string $message, array $details = [], array $headers = [])
    {
        parent::__construct($message);
        $this->status = $status;
        $this->errorCode = $errorCode;
        $this->details = $details;
        $this->headers = $headers;
    }

    public static function badParam(string $name, string $message): self
    {
        return new self(400, 'invalid_parameter', $message, ['parameter' => $name]);
    }

    public static function badBody(string $field, string $message): self
    {
        return new self(400, 'invalid_body', $message, ['field' => $field]);
    }

    public static function notFound(string $resource, $id): self
    {
        return new self(404, 'not_found', $resource . ' ' . $id . ' does not exist', ['resource' => $resource, 'id' => $id]);
    }
}

/** The incoming HTTP request, with the query parsed by us (PHP's $_GET mangles names and treats + as space). */
final class Request
{
    const AUTH_PARAMS = ['oc_user', 'oc_ts', 'oc_nonce', 'oc_sig'];

    public $method;
    public $path;
    public $pairs;
    public $body;
    public $remoteAddr;
    private $server;

    public function __construct(array $server, string $body)
    {
        $this->server = $server;
        $this->method = strtoupper(isset($server['REQUEST_METHOD']) ? (string) $server['REQUEST_METHOD'] : 'GET');
        $uri = isset($server['REQUEST_URI']) ? (string) $server['REQUEST_URI'] : '/';
        $qpos = strpos($uri, '?');
        $this->path = $qpos === false ? $uri : substr($uri, 0, $qpos);
        if (isset($server['QUERY_STRING'])) {
            $query = (string) $server['QUERY_STRING'];
        } else {
            $query = $qpos === false ? '' : substr($uri, $qpos + 1);
        }
        $this->pairs = self::parseQuery($query);
        $this->body = $body;
        $this->remoteAddr = isset($server['REMOTE_ADDR']) ? (string) $server['REMOTE_ADDR'] : '';
    }

    public static function parseQuery(string $query): array
    {
        $pairs = [];
        foreach (explode('&', $query) as $part) {
            if ($part === '') {
                continue;
            }
            $eq = strpos($part, '=');
            $name = $eq === false ? $part : substr($part, 0, $eq);
            $value = $eq === false ? '' : substr($part, $eq + 1);
            $pairs[] = [rawurldecode($name), rawurldecode($value)];
        }
        return $pairs;
    }

    /** The canonical query of PROTOCOL.md §2.2: auth parameters dropped, RFC 3986 encoded, sorted. */
    public function canonicalQuery(): string
    {
        $encoded = [];
        foreach ($this->pairs as $pair) {
            if (in_array($pair[0], self::AUTH_PARAMS, true)) {
                continue;
            }
            $encoded[] = [rawurlencode($pair[0]), rawurlencode($pair[1])];
        }
        usort($encoded, function ($a, $b) {
            $byName = strcmp($a[0], $b[0]);
            return $byName !== 0 ? $byName : strcmp($a[1], $b[1]);
        });
        $parts = [];
        foreach ($encoded as $pair) {
            $parts[] = $pair[0] . '=' . $pair[1];
        }
        return implode('&', $parts);
    }

    /** A query parameter's value, null when absent; a parameter given twice is refused. */
    public function param(string $name)
    {
        $found = null;
        foreach ($this->pairs as $pair) {
            if ($pair[0] === $name) {
                if ($found !== null) {
                    throw HttpError::badParam($name, $name . ' is given more than once');
                }
                $found = $pair[1];
            }
        }
        return $found;
    }

    /** An auth field: the header if present, else the query-string fallback. */
    public function authField(string $header, string $queryName)
    {
        $key = 'HTTP_' . strtoupper(str_replace('-', '_', $header));
        if (isset($this->server[$key]) && $this->server[$key] !== '') {
            return (string) $this->server[$key];
        }
        return $this->param($queryName);
    }

    public function json(): array
    {
        $data = json_decode($this->body, true);
        if (!is_array($data) || ($data !== [] && array_keys($data) === range(0, count($data) - 1))) {
            throw new HttpError(400, 'invalid_body', 'the request body must be a JSON object', ['field' => '']);
        }
        return $data;
    }
}

/** The store's database through mysqli prepared statements; table names carry DB_PREFIX. */
final class Db
{
    private $link;
    private $prefix;

    public function __construct(\mysqli $link, string $prefix)
    {
        $this->link = $link;
        $this->prefix = $prefix;
    }

    public static function connect(): self
    {
        foreach (['DB_HOSTNAME', 'DB_USERNAME', 'DB_PASSWORD', 'DB_DATABASE'] as $name) {
            if (!defined($name)) {
                throw new HttpError(500, 'bridge_misconfigured', 'config.php does not define ' . $name);
            }
        }
        $prefix = defined('DB_PREFIX') ? (string) constant('DB_PREFIX') : '';
        if (!preg_match('/^[A-Za-z0-9_]*$/', $prefix)) {
            throw new HttpError(500, 'bridge_misconfigured', 'DB_PREFIX contains unsupported characters');
        }
        if (!class_exists('mysqli') || !method_exists('mysqli_stmt', 'get_result')) {
            throw new HttpError(500, 'bridge_misconfigured', 'the PHP mysqli extension with mysqlnd is required');
        }
        mysqli_report(MYSQLI_REPORT_ERROR | MYSQLI_REPORT_STRICT);
        $port = defined('DB_PORT') && (string) constant('DB_PORT') !== '' ? (int) constant('DB_PORT') : 3306;
        try {
            $link = new \mysqli((string) constant('DB_HOSTNAME'), (string) constant('DB_USERNAME'),
                (string) constant('DB_PASSWORD'), (string) constant('DB_DATABASE'), $port);
            $link->set_charset('utf8mb4');
            $link->query("SET SESSION sql_mode = 'NO_ZERO_IN_DATE,NO_ENGINE_SUBSTITUTION'");
        } catch (\mysqli_sql_exception $e) {
            throw new HttpError(503, 'database_unavailable', 'the store database cannot be reached');
        }
        return new self($link, $prefix);
    }

    /** `prefix + name`, backquoted. */
    public function t(string $name): string
    {
        return '`' . $this->prefix . $name . '`';
    }

    public function all(string $sql, array $params = []): array
    {
        $stmt = $this->execute($sql, $params);
        $result = $stmt->get_result();
        $rows = $result === false ? [] : $result->fetch_all(MYSQLI_ASSOC);
        $stmt->close();
        return $rows;
    }

    public function one(string $sql, array $params = [])
    {
        $rows = $this->all($sql, $params);
        return $rows ? $rows[0] : null;
    }

    public function value(string $sql, array $params = [])
    {
        $row = $this->one($sql, $params);
        return $row === null ? null : reset($row);
    }

    /** Runs a statement and returns the number of affected rows. */
    public function run(string $sql, array $params = []): int
    {
        $stmt = $this->execute($sql, $params);
        $affected = $stmt->affected_rows;
        $stmt->close();
        return (int) $affected;
    }

    public function prepare(string $sql): \mysqli_stmt
    {
        return $this->link->prepare($sql);
    }

    public function insertId(): int
    {
        return (int) $this->link->insert_id;
    }

    public function raw(string $sql): void
    {
        $this->link->query($sql);
    }

    public function begin(): void
    {
        $this->link->begin_transaction();
    }

    public function commit(): void
    {
        $this->link->commit();
    }

    public function rollback(): void
    {
        $this->link->rollback();
    }

    public function serverVersion(): string
    {
        return (string) $this->link->server_info;
    }

    public static function placeholders(int $count): string
    {
        return implode(',', array_fill(0, $count, '?'));
    }

    private function execute(string $sql, array $params): \mysqli_stmt
    {
        $stmt = $this->link->prepare($sql);
        if ($params) {
            $types = '';
            $values = [];
            foreach ($params as $param) {
                $types .= is_int($param) ? 'i' : (is_float($param) ? 'd' : 's');
                $values[] = $param;
            }
            $stmt->bind_param($types, ...$values);
        }
        $stmt->execute();
        return $stmt;
    }
}

/** Store-wide facts resolved once per request: settings, timezone, language, version family. */
final class Store
{
    public $db;
    public $settings = [];
    public $timezone;
    public $languageId = 1;
    private $columnCache = [];
    private $engineCache = [];

    public function __construct(Db $db)
    {
        $this->db = $db;
        $rows = $db->all('SELECT `key`, `value`, `serialized` FROM ' . $db->t('setting')
            . " WHERE `store_id` = 0 AND `code` = 'config'");
        foreach ($rows as $row) {
            $this->settings[$row['key']] = (int) $row['serialized'] === 1 ? json_decode((string) $row['value'], true) : (string) $row['value'];
        }
        $this->timezone = new \DateTimeZone('UTC');
        $zone = $this->setting('config_timezone', 'UTC');
        if (is_string($zone) && $zone !== '') {
            try {
                $this->timezone = new \DateTimeZone($zone);
            } catch (\Exception $e) {
                $this->timezone = new \DateTimeZone('UTC');
            }
        }
        $offset = $this->offsetAt(time());
        if (preg_match('/^[+-]\d{2}:\d{2}$/', $offset)) {
            $db->raw("SET time_zone = '" . $offset . "'");
        }
        $language = $db->value('SELECT `language_id` FROM ' . $db->t('language') . ' WHERE `code` = ?',
            [(string) $this->setting('config_language_catalog', $this->setting('config_language', 'en-gb'))]);
        if ($language === null) {
            $language = $db->value('SELECT MIN(`language_id`) FROM ' . $db->t('language'));
        }
        $this->languageId = $language === null ? 1 : (int) $language;
    }

    public function setting(string $key, $default = null)
    {
        return array_key_exists($key, $this->settings) ? $this->settings[$key] : $default;
    }

    public function hasColumn(string $table, string $column): bool
    {
        $key = $table . '.' . $column;
        if (!isset($this->columnCache[$key])) {
            $this->columnCache[$key] = $this->db->value('SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()'
                . ' AND TABLE_NAME = ? AND COLUMN_NAME = ?', [$this->tableName($table), $column]) > 0;
        }
        return $this->columnCache[$key];
    }

    public function engine(string $table): string
    {
        if (!isset($this->engineCache[$table])) {
            $this->engineCache[$table] = (string) $this->db->value('SELECT ENGINE FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()'
                . ' AND TABLE_NAME = ?', [$this->tableName($table)]);
        }
        return $this->engineCache[$table];
    }

    public function hasTable(string $table): bool
    {
        $key = '#' . $table;
        if (!isset($this->columnCache[$key])) {
            $this->columnCache[$key] = $this->db->value('SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()'
                . ' AND TABLE_NAME = ?', [$this->tableName($table)]) > 0;
        }
        return $this->columnCache[$key];
    }

    /** 4.1 replaced `api_session` with `api_history` (stateless signed API); 4.0 added `product.master_id`. */
    public function family(): string
    {
        if ($this->hasTable('api_history')) {
            return '4.1';
        }
        return $this->hasColumn('product', 'master_id') ? '4.0' : '3.0';
    }

    public function variants(): bool
    {
        return $this->family() !== '3.0';
    }

    /** 4.1.0.1+ keeps SKU, UPC, EAN, JAN, ISBN and MPN in `product_code` (4.1.0.4 dropped the product columns). */
    public function productCodes(): bool
    {
        return $this->hasTable('product_code');
    }

    /** SQL for a product identifier (`sku`, `upc`, …) of the product row aliased `$alias`. */
    public function code(string $alias, string $column): string
    {
        if (!$this->productCodes()) {
            return $alias . '.`' . $column . '`';
        }
        return '(SELECT pcode.`value` FROM ' . $this->db->t('product_code') . ' pcode WHERE pcode.`product_id` = ' . $alias
            . ".`product_id` AND pcode.`code` = '" . strtoupper($column) . "' ORDER BY pcode.`product_code_id` LIMIT 1)";
    }

    /**
     * SQL for a product's SEO keyword in the default store and language, or NULL: 3.0 keys `seo_url` rows by
     * `query` = 'product_id=N', 4.x by `key` = 'product_id' and `value` = N.
     */
    public function seoKeyword(string $alias): string
    {
        if (!$this->hasTable('seo_url')) {
            return 'NULL';
        }
        $match = $this->hasColumn('seo_url', 'query')
            ? "seo.`query` = CONCAT('product_id=', " . $alias . '.`product_id`)'
            : "seo.`key` = 'product_id' AND seo.`value` = " . $alias . '.`product_id`';
        return '(SELECT seo.`keyword` FROM ' . $this->db->t('seo_url') . ' seo WHERE seo.`store_id` = 0 AND seo.`language_id` = '
            . (int) $this->languageId . ' AND ' . $match . " AND seo.`keyword` <> '' ORDER BY seo.`seo_url_id` LIMIT 1)";
    }

    /** SQL for the name of a country or zone: 4.1.0.1+ moved names to `country_description` / `zone_description`. */
    public function placeName(string $table, string $alias): string
    {
        if ($this->hasColumn($table, 'name')) {
            return $alias . '.`name`';
        }
        return '(SELECT d.`name` FROM ' . $this->db->t($table . '_description') . ' d WHERE d.`' . $table . '_id` = ' . $alias . '.`'
            . $table . '_id` AND d.`language_id` = ' . (int) $this->languageId . ' LIMIT 1)';
    }

    public function transactional(): bool
    {
        return strcasecmp($this->engine('product'), 'InnoDB') === 0;
    }

    public function baseUrl()
    {
        foreach (['HTTPS_SERVER', 'HTTP_SERVER'] as $name) {
            if (defined($name) && (string) constant($name) !== '') {
                return (string) constant($name);
            }
        }
        return null;
    }

    public function offsetAt(int $timestamp): string
    {
        $date = new \DateTime('@' . $timestamp);
        $date->setTimezone($this->timezone);
        return $date->format('P');
    }

    /** Status ids of the processing and complete sets (settings are JSON arrays of strings). */
    public function statusSet(string $key): array
    {
        $value = $this->setting($key, []);
        $ids = [];
        foreach (is_array($value) ? $value : [] as $id) {
            $ids[] = (int) $id;
        }
        return $ids;
    }

    private function tableName(string $table): string
    {
        return trim($this->db->t($table), '`');
    }
}

/** Value conversions of PROTOCOL.md §3: decoded text, real numbers, ISO dates with the store offset. */
final class Fmt
{
    public static $tz;

    public static function text($value)
    {
        return $value === null ? null : html_entity_decode((string) $value, ENT_QUOTES | ENT_HTML5, 'UTF-8');
    }

    public static function optText($value)
    {
        $text = self::text($value);
        return $text === null || $text === '' ? null : $text;
    }

    public static function num($value): float
    {
        return round((float) $value, 8);
    }

    public static function bool($value): bool
    {
        return (int) $value === 1;
    }

    public static function optId($value)
    {
        return $value === null || (int) $value === 0 ? null : (int) $value;
    }

    public static function date($value)
    {
        if ($value === null || $value === '' || strncmp((string) $value, '0000-00-00', 10) === 0) {
            return null;
        }
        $date = \DateTime::createFromFormat('!Y-m-d H:i:s', (string) $value, self::$tz);
        return $date === false ? null : $date->format('Y-m-d\TH:i:sP');
    }

    public static function day($value)
    {
        if ($value === null || $value === '' || strncmp((string) $value, '0000-00-00', 10) === 0) {
            return null;
        }
        return substr((string) $value, 0, 10);
    }

    public static function json($value)
    {
        if ($value === null || $value === '') {
            return null;
        }
        $decoded = json_decode((string) $value, true);
        return $decoded === null || $decoded === [] ? null : $decoded;
    }
}

/** Query-parameter parsing shared by the list routes. */
final class Params
{
    public static function int(Request $request, string $name, int $min, int $max, $default = null)
    {
        $raw = $request->param($name);
        if ($raw === null || $raw === '') {
            return $default;
        }
        if (!preg_match('/^-?\d{1,10}$/', $raw) || (int) $raw < $min || (int) $raw > $max) {
            throw HttpError::badParam($name, $name . ' must be an integer between ' . $min . ' and ' . $max);
        }
        return (int) $raw;
    }

    public static function requiredId(Request $request, string $name): int
    {
        $id = self::int($request, $name, 1, 2147483647);
        if ($id === null) {
            throw HttpError::badParam($name, $name . ' is required');
        }
        return $id;
    }

    public static function ids(Request $request, string $name)
    {
        $raw = $request->param($name);
        if ($raw === null || $raw === '') {
            return null;
        }
        if (!preg_match('/^\d{1,10}(,\d{1,10})*$/', $raw)) {
            throw HttpError::badParam($name, $name . ' must be a comma-separated list of integers');
        }
        $ids = array_values(array_unique(array_map('intval', explode(',', $raw))));
        if (count($ids) > MAX_PAGE_SIZE) {
            throw HttpError::badParam($name, $name . ' may hold at most ' . MAX_PAGE_SIZE . ' ids');
        }
        return $ids;
    }

    public static function bool(Request $request, string $name, $default = null)
    {
        $raw = $request->param($name);
        if ($raw === null || $raw === '') {
            return $default;
        }
        $value = strtolower($raw);
        if ($value === '1' || $value === 'true') {
            return true;
        }
        if ($value === '0' || $value === 'false') {
            return false;
        }
        throw HttpError::badParam($name, $name . ' must be 1 or 0');
    }

    /** An ISO-8601 instant with an offset, converted to a naive store-time string for comparisons. */
    public static function instant(Request $request, string $name, \DateTimeZone $tz)
    {
        $raw = $request->param($name);
        if ($raw === null || $raw === '') {
            return null;
        }
        return self::toStoreTime($raw, $name, $tz);
    }

    public static function toStoreTime(string $raw, string $name, \DateTimeZone $tz): string
    {
        if (!preg_match('/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/', $raw)) {
            throw HttpError::badParam($name, $name . ' must be an ISO-8601 date-time with an offset, e.g. 2026-11-20T00:00:00Z');
        }
        try {
            $date = new \DateTime($raw);
        } catch (\Exception $e) {
            throw HttpError::badParam($name, $name . ' is not a valid date-time');
        }
        $date->setTimezone($tz);
        return $date->format('Y-m-d H:i:s');
    }

    public static function paging(Request $request): array
    {
        return [
            self::int($request, 'limit', 1, MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE),
            self::int($request, 'offset', 0, 2147483647, 0),
        ];
    }

    public static function sort(Request $request, array $allowed, string $default): array
    {
        $raw = $request->param('sort');
        $raw = $raw === null || $raw === '' ? $default : $raw;
        $column = ltrim($raw, '-');
        if (!in_array($column, $allowed, true)) {
            throw HttpError::badParam('sort', 'sort must be one of ' . implode(', ', $allowed) . ' (prefix - for descending)');
        }
        return [$column, $raw[0] === '-' ? 'DESC' : 'ASC'];
    }

    public static function page(array $rows, int $total, int $limit, int $offset): array
    {
        return [
            'data' => $rows,
            'paging' => [
                'offset' => $offset,
                'limit' => $limit,
                'total' => $total,
                'next_offset' => $offset + $limit < $total ? $offset + $limit : null,
            ],
        ];
    }
}

/** A WHERE clause built from optional filters, with its bound parameters. */
final class Where
{
    private $clauses = [];
    public $params = [];

    public function add(string $clause, array $params = []): void
    {
        $this->clauses[] = $clause;
        foreach ($params as $param) {
            $this->params[] = $param;
        }
    }

    public function in(string $column, array $values): void
    {
        $this->add($column . ' IN (' . Db::placeholders(count($values)) . ')', $values);
    }

    public function sql(): string
    {
        return $this->clauses ? ' WHERE ' . implode(' AND ', $this->clauses) : '';
    }
}

/** Signature, timestamp, user status, IP allow-list and replay checks of PROTOCOL.md §2. */
final class Auth
{
    public static function authenticate(Request $request, Db $db): array
    {
        $user = $request->authField('X-OmniCart-User', 'oc_user');
        $timestamp = $request->authField('X-OmniCart-Timestamp', 'oc_ts');
        $nonce = $request->authField('X-OmniCart-Nonce', 'oc_nonce');
        $signature = $request->authField('X-OmniCart-Signature', 'oc_sig');
        self::requireField('user', $user !== null && $user !== '' && strlen($user) <= 64);
        self::requireField('timestamp', $timestamp !== null && preg_match('/^\d{1,12}$/', $timestamp) === 1);
        self::requireField('nonce', $nonce !== null && preg_match('/^[A-Za-z0-9_-]{16,64}$/', $nonce) === 1);
        self::requireField('signature', $signature !== null && preg_match('/^[0-9a-fA-F]{64}$/', $signature) === 1);

        $now = time();
        if (abs($now - (int) $timestamp) > CLOCK_WINDOW_SECONDS) {
            throw new HttpError(401, 'timestamp_out_of_window', 'the request timestamp is more than '
                . CLOCK_WINDOW_SECONDS . ' s away from the server clock', ['server_time' => $now]);
        }

        $stringToSign = implode("\n", [SIGNATURE_SCHEME, $request->method, $request->path, $request->canonicalQuery(),
            hash('sha256', $request->body), $timestamp, $nonce, $user]);
        $api = null;
        $candidates = $db->all('SELECT `api_id`, `key`, `status` FROM ' . $db->t('api') . ' WHERE `username` = ?', [$user]);
        foreach ($candidates as $row) {
            if (hash_equals(hash_hmac('sha256', $stringToSign, (string) $row['key']), strtolower($signature))) {
                $api = $row;
                break;
            }
        }
        if ($api === null) {
            throw new HttpError(401, 'signature_invalid', 'the request signature does not match any API user key');
        }
        if ((int) $api['status'] !== 1) {
            throw new HttpError(403, 'api_user_disabled', 'the OpenCart API user is disabled');
        }
        if (!self::ipAllowed($db, (int) $api['api_id'], $request->remoteAddr)) {
            throw new HttpError(403, 'ip_not_allowed', 'the address ' . $request->remoteAddr
                . ' is not in the API user\'s IP allow-list', ['ip' => $request->remoteAddr]);
        }
        self::rememberNonce($db, (int) $api['api_id'], $nonce, (int) $timestamp, $now);
        return ['api_id' => (int) $api['api_id'], 'username' => $user];
    }

    private static function requireField(string $field, bool $ok): void
    {
        if (!$ok) {
            throw new HttpError(401, 'auth_missing', 'the ' . $field . ' auth field is missing or malformed', ['field' => $field]);
        }
    }

    private static function ipAllowed(Db $db, int $apiId, string $remote): bool
    {
        $remoteBinary = @inet_pton($remote);
        foreach ($db->all('SELECT `ip` FROM ' . $db->t('api_ip') . ' WHERE `api_id` = ?', [$apiId]) as $row) {
            $ip = trim((string) $row['ip']);
            if ($ip === $remote) {
                return true;
            }
            $binary = @inet_pton($ip);
            if ($binary !== false && $remoteBinary !== false && $binary === $remoteBinary) {
                return true;
            }
        }
        return false;
    }

    private static function rememberNonce(Db $db, int $apiId, string $nonce, int $timestamp, int $now): void
    {
        $insert = 'INSERT INTO ' . $db->t('omnicart_nonce') . ' (`api_id`, `nonce`, `expires_at`) VALUES (?, ?, ?)';
        try {
            try {
                $db->run($insert, [$apiId, $nonce, $timestamp + CLOCK_WINDOW_SECONDS]);
            } catch (\mysqli_sql_exception $e) {
                if ($e->getCode() !== 1146) {
                    throw $e;
                }
                BridgeTables::create($db);
                $db->run($insert, [$apiId, $nonce, $timestamp + CLOCK_WINDOW_SECONDS]);
            }
        } catch (\mysqli_sql_exception $e) {
            if ($e->getCode() === 1062) {
                throw new HttpError(401, 'request_replayed', 'this nonce was already used; sign every request with a fresh nonce');
            }
            throw $e;
        }
        $db->run('DELETE FROM ' . $db->t('omnicart_nonce') . ' WHERE `expires_at` < ?', [$now - CLOCK_WINDOW_SECONDS]);
    }
}

/** The bridge's own tables (PROTOCOL.md §5); OpenCart tables are never altered. */
final class BridgeTables
{
    public static function create(Db $db): void
    {
        $db->raw('CREATE TABLE IF NOT EXISTS ' . $db->t('omnicart_nonce') . ' ('
            . '`api_id` INT NOT NULL, `nonce` VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL, '
            . '`expires_at` INT NOT NULL, PRIMARY KEY (`api_id`, `nonce`), KEY `expires_at` (`expires_at`)'
            . ') ENGINE=InnoDB DEFAULT CHARSET=utf8mb4');
        $db->raw('CREATE TABLE IF NOT EXISTS ' . $db->t('omnicart_shipment') . ' ('
            . '`shipment_id` INT NOT NULL AUTO_INCREMENT, `order_id` INT NOT NULL, `order_history_id` INT NULL, '
            . '`tracking_number` VARCHAR(128) NOT NULL, `carrier` VARCHAR(64) NULL, `date_added` DATETIME NOT NULL, '
            . 'PRIMARY KEY (`shipment_id`), KEY `order_id` (`order_id`)'
            . ') ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci');
    }
}

/** OpenCart's file cache: product/category data lives in DIR_CACHE/cache.<key>.<expiry>. */
final class OcCache
{
    public static function clear(array $keys): int
    {
        if (!defined('DIR_CACHE') || !is_dir((string) constant('DIR_CACHE'))) {
            return 0;
        }
        $removed = 0;
        foreach ($keys as $key) {
            $files = glob(rtrim((string) constant('DIR_CACHE'), '/') . '/cache.' . $key . '.*');
            foreach ($files ?: [] as $file) {
                if (@unlink($file)) {
                    $removed++;
                }
            }
        }
        return $removed;
    }
}

/** Routes `version` and `settings`. */
final class StoreRoutes
{
    public static function version(Store $store): array
    {
        return ['data' => [
            'bridge_version' => BRIDGE_VERSION,
            'protocol_version' => PROTOCOL_VERSION,
            'opencart_family' => $store->family(),
            'php_version' => PHP_VERSION,
            'database_version' => $store->db->serverVersion(),
            'features' => [
                'variants' => $store->variants(),
                'product_codes' => $store->productCodes(),
                'transactions' => $store->transactional(),
                'option_sku_column' => $store->hasColumn('product_option_value', 'sku'),
            ],
        ]];
    }

    public static function settings(Store $store): array
    {
        $db = $store->db;
        $currencies = [];
        foreach ($db->all('SELECT * FROM ' . $db->t('currency') . ' ORDER BY `code`') as $row) {
            $currencies[] = [
                'currency_id' => (int) $row['currency_id'],
                'code' => (string) $row['code'],
                'title' => Fmt::text($row['title']),
                'symbol_left' => Fmt::text($row['symbol_left']),
                'symbol_right' => Fmt::text($row['symbol_right']),
                'decimal_place' => (int) $row['decimal_place'],
                'value' => Fmt::num($row['value']),
                'status' => Fmt::bool($row['status']),
            ];
        }
        $statuses = [];
        foreach ($db->all('SELECT `order_status_id`, `name` FROM ' . $db->t('order_status')
            . ' WHERE `language_id` = ? ORDER BY `order_status_id`', [$store->languageId]) as $row) {
            $statuses[] = ['order_status_id' => (int) $row['order_status_id'], 'name' => Fmt::text($row['name'])];
        }
        $name = Fmt::text($store->setting('config_name', ''));
        $stores = [['store_id' => 0, 'name' => $name, 'url' => $store->baseUrl()]];
        foreach ($db->all('SELECT `store_id`, `name`, `url` FROM ' . $db->t('store') . ' ORDER BY `store_id`') as $row) {
            $stores[] = ['store_id' => (int) $row['store_id'], 'name' => Fmt::text($row['name']), 'url' => (string) $row['url']];
        }
        $fraud = (int) $store->setting('config_fraud_status_id', 0);
        return ['data' => [
            'store_name' => $name,
            'owner' => Fmt::text($store->setting('config_owner', '')),
            'email' => (string) $store->setting('config_email', ''),
            'telephone' => Fmt::text($store->setting('config_telephone', '')),
            'address' => Fmt::text($store->setting('config_address', '')),
            'url' => $store->baseUrl(),
            'default_currency' => (string) $store->setting('config_currency', ''),
            'currencies' => $currencies,
            'timezone' => $store->timezone->getName(),
            'utc_offset' => $store->offsetAt(time()),
            'language' => ['language_id' => $store->languageId, 'code' => (string) $store->setting('config_language_catalog', $store->setting('config_language', ''))],
            'country_id' => (int) $store->setting('config_country_id', 0),
            'zone_id' => (int) $store->setting('config_zone_id', 0),
            'weight_class_id' => (int) $store->setting('config_weight_class_id', 0),
            'length_class_id' => (int) $store->setting('config_length_class_id', 0),
            'order_statuses' => $statuses,
            'default_order_status_id' => (int) $store->setting('config_order_status_id', 0),
            'processing_status_ids' => $store->statusSet('config_processing_status'),
            'complete_status_ids' => $store->statusSet('config_complete_status'),
            'fraud_status_id' => $fraud > 0 ? $fraud : null,
            'stock_checkout' => Fmt::bool($store->setting('config_stock_checkout', 0)),
            'maintenance' => Fmt::bool($store->setting('config_maintenance', 0)),
            'stores' => $stores,
            'geo_zones' => self::geoZones($store),
        ]];
    }

    /** Geo zones (shipping and tax areas) with the countries they cover, sorted by id; `[]` when the table is missing. */
    private static function geoZones(Store $store): array
    {
        $db = $store->db;
        if (!$store->hasTable('geo_zone') || !$store->hasTable('zone_to_geo_zone')) {
            return [];
        }
        $countries = [];
        $sql = 'SELECT DISTINCT z2g.`geo_zone_id`, c.`country_id`, c.`iso_code_2`, ' . $store->placeName('country', 'c') . ' AS name'
            . ' FROM ' . $db->t('zone_to_geo_zone') . ' z2g JOIN ' . $db->t('country') . ' c ON c.`country_id` = z2g.`country_id`'
            . ' ORDER BY z2g.`geo_zone_id`, c.`country_id`';
        foreach ($db->all($sql) as $row) {
            $countries[(int) $row['geo_zone_id']][] = ['country_id' => (int) $row['country_id'],
                'iso_code_2' => (string) $row['iso_code_2'], 'name' => Fmt::text($row['name'])];
        }
        $zones = [];
        foreach ($db->all('SELECT `geo_zone_id`, `name`, `description` FROM ' . $db->t('geo_zone') . ' ORDER BY `geo_zone_id`') as $row) {
            $id = (int) $row['geo_zone_id'];
            $zones[] = ['geo_zone_id' => $id, 'name' => Fmt::text($row['name']), 'description' => Fmt::text($row['description']),
                'countries' => isset($countries[$id]) ? $countries[$id] : []];
        }
        return $zones;
    }
}

/** Routes `orders`, `order` and `shipment.add`. */
final class OrderRoutes
{
    public static function get(Store $store, Request $request): array
    {
        $id = Params::requiredId($request, 'order_id');
        $where = new Where();
        $where->add('o.`order_id` = ?', [$id]);
        $orders = self::load($store, $where, 'o.`order_id` ASC', 1, 0);
        if (!$orders) {
            throw HttpError::notFound('order', $id);
        }
        return ['data' => $orders[0]];
    }

    public static function listing(Store $store, Request $request): array
    {
        $db = $store->db;
        $where = new Where();
        $statusIds = Params::ids($request, 'status_ids');
        if ($statusIds !== null) {
            $where->in('o.`order_status_id`', $statusIds);
        } elseif (!Params::bool($request, 'include_missing', false)) {
            $where->add('o.`order_status_id` > 0');
        }
        $bounds = ['modified_since' => 'o.`date_modified` >= ?', 'modified_until' => 'o.`date_modified` <= ?',
            'added_since' => 'o.`date_added` >= ?', 'added_until' => 'o.`date_added` <= ?'];
        foreach ($bounds as $name => $clause) {
            $value = Params::instant($request, $name, $store->timezone);
            if ($value !== null) {
                $where->add($clause, [$value]);
            }
        }
        $customer = Params::int($request, 'customer_id', 0, 2147483647);
        if ($customer !== null) {
            $where->add('o.`customer_id` = ?', [$customer]);
        }
        $email = $request->param('email');
        if ($email !== null && $email !== '') {
            $where->add('LOWER(o.`email`) = LOWER(?)', [$email]);
        }
        $storeId = Params::int($request, 'store_id', 0, 2147483647);
        if ($storeId !== null) {
            $where->add('o.`store_id` = ?', [$storeId]);
        }
        $ids = Params::ids($request, 'ids');
        if ($ids !== null) {
            $where->in('o.`order_id`', $ids);
        }
        list($column, $direction) = Params::sort($request, ['order_id', 'date_modified', 'date_added'], '-order_id');
        list($limit, $offset) = Params::paging($request);
        $total = (int) $db->value('SELECT COUNT(*) FROM ' . $db->t('order') . ' o' . $where->sql(), $where->params);
        $order = $column === 'order_id' ? 'o.`order_id` ' . $direction
            : 'o.`' . $column . '` ' . $direction . ', o.`order_id` ' . $direction;
        return Params::page(self::load($store, $where, $order, $limit, $offset), $total, $limit, $offset);
    }

    public static function addShipment(Store $store, Request $request): array
    {
        $db = $store->db;
        $body = $request->json();
        $orderId = isset($body['order_id']) && is_int($body['order_id']) && $body['order_id'] > 0 ? $body['order_id'] : null;
        if ($orderId === null) {
            throw HttpError::badBody('order_id', 'order_id must be a positive integer');
        }
        $tracking = isset($body['tracking_number']) && is_string($body['tracking_number']) ? trim($body['tracking_number']) : '';
        if ($tracking === '' || strlen($tracking) > 128) {
            throw HttpError::badBody('tracking_number', 'tracking_number must be a string of 1 to 128 characters');
        }
        $carrier = array_key_exists('carrier', $body) ? $body['carrier'] : null;
        if ($carrier !== null && (!is_string($carrier) || strlen($carrier) > 64)) {
            throw HttpError::badBody('carrier', 'carrier must be null or a string of at most 64 characters');
        }
        $historyId = array_key_exists('order_history_id', $body) ? $body['order_history_id'] : null;
        if ($historyId !== null && (!is_int($historyId) || $historyId <= 0)) {
            throw HttpError::badBody('order_history_id', 'order_history_id must be null or a positive integer');
        }
        if ($db->value('SELECT COUNT(*) FROM ' . $db->t('order') . ' WHERE `order_id` = ?', [$orderId]) == 0) {
            throw HttpError::notFound('order', $orderId);
        }
        BridgeTables::create($db);
        $db->run('INSERT INTO ' . $db->t('omnicart_shipment') . ' (`order_id`, `order_history_id`, `tracking_number`, `carrier`, `date_added`)'
            . ' VALUES (?, ?, ?, ?, NOW())', [$orderId, $historyId, $tracking, $carrier === '' ? null : $carrier]);
        $row = $db->one('SELECT * FROM ' . $db->t('omnicart_shipment') . ' WHERE `shipment_id` = ?', [$db->insertId()]);
        return ['data' => self::shipment($row)];
    }

    private static function load(Store $store, Where $where, string $orderBy, int $limit, int $offset): array
    {
        $db = $store->db;
        $sql = 'SELECT o.*, os.`name` AS status_name,'
            . ' pc.`iso_code_2` AS p_iso2, pc.`iso_code_3` AS p_iso3, pz.`code` AS p_zone_code,'
            . ' sc.`iso_code_2` AS s_iso2, sc.`iso_code_3` AS s_iso3, sz.`code` AS s_zone_code'
            . ' FROM ' . $db->t('order') . ' o'
            . ' LEFT JOIN ' . $db->t('order_status') . ' os ON os.`order_status_id` = o.`order_status_id` AND os.`language_id` = ?'
            . ' LEFT JOIN ' . $db->t('country') . ' pc ON pc.`country_id` = o.`payment_country_id`'
            . ' LEFT JOIN ' . $db->t('zone') . ' pz ON pz.`zone_id` = o.`payment_zone_id`'
            . ' LEFT JOIN ' . $db->t('country') . ' sc ON sc.`country_id` = o.`shipping_country_id`'
            . ' LEFT JOIN ' . $db->t('zone') . ' sz ON sz.`zone_id` = o.`shipping_zone_id`'
            . $where->sql() . ' ORDER BY ' . $orderBy . ' LIMIT ? OFFSET ?';
        $rows = $db->all($sql, array_merge([$store->languageId], $where->params, [$limit, $offset]));
        if (!$rows) {
            return [];
        }
        $ids = array_map(function ($row) {
            return (int) $row['order_id'];
        }, $rows);
        $children = self::children($store, $ids);
        $orders = [];
        foreach ($rows as $row) {
            $orders[] = self::order($row, $children, (int) $row['order_id']);
        }
        return $orders;
    }

    /** Lines (with options), totals, history and shipments of several orders, grouped by order id. */
    private static function children(Store $store, array $ids): array
    {
        $db = $store->db;
        $in = Db::placeholders(count($ids));
        $grouped = ['lines' => [], 'totals' => [], 'history' => [], 'shipments' => []];
        $options = [];
        foreach ($db->all('SELECT * FROM ' . $db->t('order_option') . ' WHERE `order_id` IN (' . $in . ') ORDER BY `order_option_id`', $ids) as $row) {
            $options[(int) $row['order_product_id']][] = [
                'order_option_id' => (int) $row['order_option_id'],
                'product_option_id' => (int) $row['product_option_id'],
                'product_option_value_id' => Fmt::optId($row['product_option_value_id']),
                'name' => Fmt::text($row['name']),
                'value' => Fmt::text($row['value']),
                'type' => (string) $row['type'],
            ];
        }
        $lineSql = 'SELECT op.*, ' . $store->code('p', 'sku') . ' AS current_sku FROM ' . $db->t('order_product') . ' op'
            . ' LEFT JOIN ' . $db->t('product') . ' p ON p.`product_id` = op.`product_id`'
            . ' WHERE op.`order_id` IN (' . $in . ') ORDER BY op.`order_product_id`';
        foreach ($db->all($lineSql, $ids) as $row) {
            $lineId = (int) $row['order_product_id'];
            $grouped['lines'][(int) $row['order_id']][] = [
                'order_product_id' => $lineId,
                'product_id' => (int) $row['product_id'],
                'master_id' => isset($row['master_id']) ? Fmt::optId($row['master_id']) : null,
                'name' => Fmt::text($row['name']),
                'model' => Fmt::text($row['model']),
                'sku' => Fmt::optText($row['current_sku']),
                'quantity' => (int) $row['quantity'],
                'price' => Fmt::num($row['price']),
                'total' => Fmt::num($row['total']),
                'tax' => Fmt::num($row['tax']),
                'reward' => (int) $row['reward'],
                'options' => isset($options[$lineId]) ? $options[$lineId] : [],
            ];
        }
        foreach ($db->all('SELECT * FROM ' . $db->t('order_total') . ' WHERE `order_id` IN (' . $in . ') ORDER BY `sort_order`, `order_total_id`', $ids) as $row) {
            $grouped['totals'][(int) $row['order_id']][] = [
                'code' => (string) $row['code'],
                'title' => Fmt::text($row['title']),
                'value' => Fmt::num($row['value']),
                'sort_order' => (int) $row['sort_order'],
            ];
        }
        $historySql = 'SELECT h.*, os.`name` AS status_name FROM ' . $db->t('order_history') . ' h'
            . ' LEFT JOIN ' . $db->t('order_status') . ' os ON os.`order_status_id` = h.`order_status_id` AND os.`language_id` = ?'
            . ' WHERE h.`order_id` IN (' . $in . ') ORDER BY h.`date_added`, h.`order_history_id`';
        foreach ($db->all($historySql, array_merge([$store->languageId], $ids)) as $row) {
            $grouped['history'][(int) $row['order_id']][] = [
                'order_history_id' => (int) $row['order_history_id'],
                'order_status_id' => (int) $row['order_status_id'],
                'order_status' => Fmt::optText($row['status_name']),
                'notify' => Fmt::bool($row['notify']),
                'comment' => Fmt::text($row['comment']),
                'date_added' => Fmt::date($row['date_added']),
            ];
        }
        try {
            foreach ($db->all('SELECT * FROM ' . $db->t('omnicart_shipment') . ' WHERE `order_id` IN (' . $in . ') ORDER BY `shipment_id`', $ids) as $row) {
                $grouped['shipments'][(int) $row['order_id']][] = self::shipment($row);
            }
        } catch (\mysqli_sql_exception $e) {
            if ($e->getCode() !== 1146) {
                throw $e;
            }
        }
        return $grouped;
    }

    private static function order(array $row, array $children, int $id): array
    {
        return [
            'order_id' => $id,
            'invoice_no' => (int) $row['invoice_no'],
            'invoice_prefix' => Fmt::text($row['invoice_prefix']),
            'store_id' => (int) $row['store_id'],
            'store_name' => Fmt::text($row['store_name']),
            'store_url' => (string) $row['store_url'],
            'customer_id' => (int) $row['customer_id'],
            'guest' => (int) $row['customer_id'] === 0,
            'customer_group_id' => (int) $row['customer_group_id'],
            'firstname' => Fmt::text($row['firstname']),
            'lastname' => Fmt::text($row['lastname']),
            'email' => Fmt::text($row['email']),
            'telephone' => Fmt::text($row['telephone']),
            'payment_address' => self::address($row, 'payment_', 'p_'),
            'shipping_address' => self::address($row, 'shipping_', 's_'),
            'payment_method' => self::method($row, 'payment'),
            'shipping_method' => self::method($row, 'shipping'),
            'comment' => Fmt::text($row['comment']),
            'total' => Fmt::num($row['total']),
            'order_status_id' => (int) $row['order_status_id'],
            'order_status' => Fmt::optText($row['status_name']),
            'currency_code' => (string) $row['currency_code'],
            'currency_value' => Fmt::num($row['currency_value']),
            'language_id' => (int) $row['language_id'],
            'affiliate_id' => (int) $row['affiliate_id'],
            'commission' => Fmt::num($row['commission']),
            'ip' => (string) $row['ip'],
            'date_added' => Fmt::date($row['date_added']),
            'date_modified' => Fmt::date($row['date_modified']),
            'lines' => isset($children['lines'][$id]) ? $children['lines'][$id] : [],
            'totals' => isset($children['totals'][$id]) ? $children['totals'][$id] : [],
            'history' => isset($children['history'][$id]) ? $children['history'][$id] : [],
            'shipments' => isset($children['shipments'][$id]) ? $children['shipments'][$id] : [],
        ];
    }

    private static function address(array $row, string $prefix, string $alias)
    {
        $fields = ['firstname', 'lastname', 'company', 'address_1', 'address_2', 'city', 'postcode', 'country', 'zone'];
        $empty = true;
        foreach ($fields as $field) {
            if (trim((string) $row[$prefix . $field]) !== '') {
                $empty = false;
            }
        }
        if ($empty && (int) $row[$prefix . 'country_id'] === 0) {
            return null;
        }
        return [
            'firstname' => Fmt::text($row[$prefix . 'firstname']),
            'lastname' => Fmt::text($row[$prefix . 'lastname']),
            'company' => Fmt::text($row[$prefix . 'company']),
            'address_1' => Fmt::text($row[$prefix . 'address_1']),
            'address_2' => Fmt::text($row[$prefix . 'address_2']),
            'city' => Fmt::text($row[$prefix . 'city']),
            'postcode' => Fmt::text($row[$prefix . 'postcode']),
            'country_id' => (int) $row[$prefix . 'country_id'],
            'country' => Fmt::text($row[$prefix . 'country']),
            'iso_code_2' => $row[$alias . 'iso2'] === null ? null : (string) $row[$alias . 'iso2'],
            'iso_code_3' => $row[$alias . 'iso3'] === null ? null : (string) $row[$alias . 'iso3'],
            'zone_id' => (int) $row[$prefix . 'zone_id'],
            'zone' => Fmt::text($row[$prefix . 'zone']),
            'zone_code' => $row[$alias . 'zone_code'] === null ? null : (string) $row[$alias . 'zone_code'],
        ];
    }

    /** 3.0: name and code columns; 4.0: JSON {"name","code"} in the method column. */
    private static function method(array $row, string $kind)
    {
        $stored = (string) $row[$kind . '_method'];
        if (array_key_exists($kind . '_code', $row)) {
            $code = (string) $row[$kind . '_code'];
            return $stored === '' && $code === '' ? null : ['name' => Fmt::text($stored), 'code' => $code === '' ? null : $code];
        }
        $decoded = $stored === '' ? null : json_decode($stored, true);
        if (!is_array($decoded)) {
            return $stored === '' ? null : ['name' => Fmt::text($stored), 'code' => null];
        }
        return [
            'name' => isset($decoded['name']) ? Fmt::text($decoded['name']) : null,
            'code' => isset($decoded['code']) ? (string) $decoded['code'] : null,
        ];
    }

    private static function shipment(array $row): array
    {
        return [
            'shipment_id' => (int) $row['shipment_id'],
            'tracking_number' => (string) $row['tracking_number'],
            'carrier' => $row['carrier'] === null ? null : (string) $row['carrier'],
            'order_history_id' => $row['order_history_id'] === null ? null : (int) $row['order_history_id'],
            'date_added' => Fmt::date($row['date_added']),
        ];
    }
}

/** Routes `products` and `product`. */
final class ProductRoutes
{
    public static function get(Store $store, Request $request): array
    {
        $id = Params::requiredId($request, 'product_id');
        $where = new Where();
        $where->add('p.`product_id` = ?', [$id]);
        $products = self::load($store, $where, 'p.`product_id` ASC', 1, 0);
        if (!$products) {
            throw HttpError::notFound('product', $id);
        }
        return ['data' => $products[0]];
    }

    public static function listing(Store $store, Request $request): array
    {
        $db = $store->db;
        $where = new Where();
        $ids = Params::ids($request, 'ids');
        if ($ids !== null) {
            $where->in('p.`product_id`', $ids);
        }
        foreach (['sku', 'model'] as $column) {
            $value = $request->param($column);
            if ($value !== null && $value !== '') {
                $where->add(($column === 'sku' ? $store->code('p', 'sku') : 'p.`model`') . ' = ?', [$value]);
            }
        }
        $status = Params::bool($request, 'status');
        if ($status !== null) {
            $where->add('p.`status` = ?', [$status ? 1 : 0]);
        }
        $category = Params::int($request, 'category_id', 1, 2147483647);
        if ($category !== null) {
            $where->add('p.`product_id` IN (SELECT `product_id` FROM ' . $db->t('product_to_category') . ' WHERE `category_id` = ?)', [$category]);
        }
        $master = Params::int($request, 'master_id', 0, 2147483647);
        if ($master !== null) {
            if (!$store->variants()) {
                throw HttpError::badParam('master_id', 'master_id needs OpenCart 4.0 or later (variants)');
            }
            $where->add('p.`master_id` = ?', [$master]);
        }
        $since = Params::instant($request, 'modified_since', $store->timezone);
        if ($since !== null) {
            $where->add('p.`date_modified` >= ?', [$since]);
        }
        list($column, $direction) = Params::sort($request, ['product_id', 'date_modified'], 'product_id');
        list($limit, $offset) = Params::paging($request);
        $total = (int) $db->value('SELECT COUNT(*) FROM ' . $db->t('product') . ' p' . $where->sql(), $where->params);
        $order = $column === 'product_id' ? 'p.`product_id` ' . $direction
            : 'p.`date_modified` ' . $direction . ', p.`product_id` ' . $direction;
        return Params::page(self::load($store, $where, $order, $limit, $offset), $total, $limit, $offset);
    }

    private static function load(Store $store, Where $where, string $orderBy, int $limit, int $offset): array
    {
        $db = $store->db;
        $codes = '';
        foreach (['sku', 'upc', 'ean', 'jan', 'isbn', 'mpn'] as $code) {
            $codes .= ', ' . $store->code('p', $code) . ' AS code_' . $code;
        }
        $sql = 'SELECT p.*, pd.`name` AS pd_name, pd.`description` AS pd_description' . $codes . ', ' . $store->seoKeyword('p')
            . ' AS seo_keyword FROM ' . $db->t('product') . ' p'
            . ' LEFT JOIN ' . $db->t('product_description') . ' pd ON pd.`product_id` = p.`product_id` AND pd.`language_id` = ?'
            . $where->sql() . ' ORDER BY ' . $orderBy . ' LIMIT ? OFFSET ?';
        $rows = $db->all($sql, array_merge([$store->languageId], $where->params, [$limit, $offset]));
        if (!$rows) {
            return [];
        }
        $ids = array_map(function ($row) {
            return (int) $row['product_id'];
        }, $rows);
        $related = self::related($store, $ids);
        $products = [];
        foreach ($rows as $row) {
            $products[] = self::product($store, $row, $related);
        }
        return $products;
    }

    /** Images, categories, options with values and (4.0) variants of several products. */
    private static function related(Store $store, array $ids): array
    {
        $db = $store->db;
        $in = Db::placeholders(count($ids));
        $related = ['images' => [], 'categories' => [], 'options' => [], 'variants' => []];
        foreach ($db->all('SELECT * FROM ' . $db->t('product_image') . ' WHERE `product_id` IN (' . $in . ') ORDER BY `sort_order`, `product_image_id`', $ids) as $row) {
            $related['images'][(int) $row['product_id']][] = [
                'product_image_id' => (int) $row['product_image_id'],
                'path' => (string) $row['image'],
                'url' => self::imageUrl($store, $row['image']),
                'sort_order' => (int) $row['sort_order'],
            ];
        }
        foreach ($db->all('SELECT * FROM ' . $db->t('product_to_category') . ' WHERE `product_id` IN (' . $in . ') ORDER BY `category_id`', $ids) as $row) {
            $related['categories'][(int) $row['product_id']][] = (int) $row['category_id'];
        }
        $values = [];
        $valueSql = 'SELECT pov.*, ovd.`name` AS value_name FROM ' . $db->t('product_option_value') . ' pov'
            . ' LEFT JOIN ' . $db->t('option_value') . ' ov ON ov.`option_value_id` = pov.`option_value_id`'
            . ' LEFT JOIN ' . $db->t('option_value_description') . ' ovd ON ovd.`option_value_id` = pov.`option_value_id` AND ovd.`language_id` = ?'
            . ' WHERE pov.`product_id` IN (' . $in . ') ORDER BY ov.`sort_order`, pov.`product_option_value_id`';
        foreach ($db->all($valueSql, array_merge([$store->languageId], $ids)) as $row) {
            $values[(int) $row['product_option_id']][] = [
                'product_option_value_id' => (int) $row['product_option_value_id'],
                'option_value_id' => (int) $row['option_value_id'],
                'name' => Fmt::text($row['value_name']),
                'quantity' => (int) $row['quantity'],
                'subtract' => Fmt::bool($row['subtract']),
                'price' => Fmt::num($row['price']),
                'price_prefix' => (string) $row['price_prefix'],
                'points' => (int) $row['points'],
                'points_prefix' => (string) $row['points_prefix'],
                'weight' => Fmt::num($row['weight']),
                'weight_prefix' => (string) $row['weight_prefix'],
                'sku' => isset($row['sku']) ? Fmt::optText($row['sku']) : null,
                'inventory_key' => $row['product_id'] . ':' . $row['product_option_value_id'],
            ];
        }
        $optionSql = 'SELECT po.*, o.`type`, od.`name` AS option_name FROM ' . $db->t('product_option') . ' po'
            . ' LEFT JOIN ' . $db->t('option') . ' o ON o.`option_id` = po.`option_id`'
            . ' LEFT JOIN ' . $db->t('option_description') . ' od ON od.`option_id` = po.`option_id` AND od.`language_id` = ?'
            . ' WHERE po.`product_id` IN (' . $in . ') ORDER BY o.`sort_order`, po.`product_option_id`';
        foreach ($db->all($optionSql, array_merge([$store->languageId], $ids)) as $row) {
            $optionId = (int) $row['product_option_id'];
            $related['options'][(int) $row['product_id']][] = [
                'product_option_id' => $optionId,
                'option_id' => (int) $row['option_id'],
                'name' => Fmt::text($row['option_name']),
                'type' => (string) $row['type'],
                'required' => Fmt::bool($row['required']),
                'value' => Fmt::optText($row['value']),
                'values' => isset($values[$optionId]) ? $values[$optionId] : [],
            ];
        }
        if ($store->variants()) {
            $variantSql = 'SELECT v.`product_id`, v.`master_id`, ' . $store->code('v', 'sku') . ' AS sku, v.`model`, v.`quantity`, v.`status`, v.`variant` FROM ' . $db->t('product') . ' v'
                . ' WHERE v.`master_id` IN (' . $in . ') ORDER BY v.`product_id`';
            foreach ($db->all($variantSql, $ids) as $row) {
                $related['variants'][(int) $row['master_id']][] = [
                    'product_id' => (int) $row['product_id'],
                    'sku' => Fmt::optText($row['sku']),
                    'model' => Fmt::text($row['model']),
                    'quantity' => (int) $row['quantity'],
                    'status' => Fmt::bool($row['status']),
                    'variant' => Fmt::json($row['variant']),
                ];
            }
        }
        return $related;
    }

    private static function product(Store $store, array $row, array $related): array
    {
        $id = (int) $row['product_id'];
        $masterId = isset($row['master_id']) ? Fmt::optId($row['master_id']) : null;
        return [
            'product_id' => $id,
            'master_id' => $masterId,
            'is_variant' => $masterId !== null,
            'variant' => isset($row['variant']) ? Fmt::json($row['variant']) : null,
            'override' => isset($row['override']) ? Fmt::json($row['override']) : null,
            'model' => Fmt::text($row['model']),
            'seo_keyword' => Fmt::optText($row['seo_keyword']),
            'sku' => Fmt::optText($row['code_sku']),
            'upc' => Fmt::optText($row['code_upc']),
            'ean' => Fmt::optText($row['code_ean']),
            'jan' => Fmt::optText($row['code_jan']),
            'isbn' => Fmt::optText($row['code_isbn']),
            'mpn' => Fmt::optText($row['code_mpn']),
            'location' => Fmt::optText($row['location']),
            'name' => Fmt::text($row['pd_name']),
            'description' => Fmt::text($row['pd_description']),
            'quantity' => (int) $row['quantity'],
            'stock_status_id' => (int) $row['stock_status_id'],
            'subtract' => Fmt::bool($row['subtract']),
            'minimum' => (int) $row['minimum'],
            'price' => Fmt::num($row['price']),
            'tax_class_id' => (int) $row['tax_class_id'],
            'weight' => Fmt::num($row['weight']),
            'weight_class_id' => (int) $row['weight_class_id'],
            'status' => Fmt::bool($row['status']),
            'shipping' => Fmt::bool($row['shipping']),
            'sort_order' => (int) $row['sort_order'],
            'image' => $row['image'] === null || $row['image'] === '' ? null
                : ['path' => (string) $row['image'], 'url' => self::imageUrl($store, $row['image'])],
            'images' => isset($related['images'][$id]) ? $related['images'][$id] : [],
            'category_ids' => isset($related['categories'][$id]) ? $related['categories'][$id] : [],
            'options' => isset($related['options'][$id]) ? $related['options'][$id] : [],
            'variants' => isset($related['variants'][$id]) ? $related['variants'][$id] : [],
            'date_available' => Fmt::day($row['date_available']),
            'date_added' => Fmt::date($row['date_added']),
            'date_modified' => Fmt::date($row['date_modified']),
        ];
    }

    private static function imageUrl(Store $store, $path)
    {
        $base = $store->baseUrl();
        if ($base === null || $path === null || $path === '') {
            return null;
        }
        return rtrim($base, '/') . '/image/' . implode('/', array_map('rawurlencode', explode('/', (string) $path)));
    }
}

/** Routes `categories`, `category`, `category.products`, `category.assign`, `category.unassign`. */
final class CategoryRoutes
{
    public static function get(Store $store, Request $request): array
    {
        $id = Params::requiredId($request, 'category_id');
        $where = new Where();
        $where->add('c.`category_id` = ?', [$id]);
        $categories = self::load($store, $where, 1, 0);
        if (!$categories) {
            throw HttpError::notFound('category', $id);
        }
        return ['data' => $categories[0]];
    }

    public static function listing(Store $store, Request $request): array
    {
        $db = $store->db;
        $where = new Where();
        $parent = Params::int($request, 'parent_id', 0, 2147483647);
        if ($parent !== null) {
            $where->add('c.`parent_id` = ?', [$parent]);
        }
        $status = Params::bool($request, 'status');
        if ($status !== null) {
            $where->add('c.`status` = ?', [$status ? 1 : 0]);
        }
        $ids = Params::ids($request, 'ids');
        if ($ids !== null) {
            $where->in('c.`category_id`', $ids);
        }
        list($limit, $offset) = Params::paging($request);
        $total = (int) $db->value('SELECT COUNT(*) FROM ' . $db->t('category') . ' c' . $where->sql(), $where->params);
        return Params::page(self::load($store, $where, $limit, $offset), $total, $limit, $offset);
    }

    public static function products(Store $store, Request $request): array
    {
        $db = $store->db;
        $id = Params::requiredId($request, 'category_id');
        self::requireCategory($store, $id);
        list($limit, $offset) = Params::paging($request);
        $total = (int) $db->value('SELECT COUNT(*) FROM ' . $db->t('product_to_category') . ' WHERE `category_id` = ?', [$id]);
        $sql = 'SELECT p2c.`product_id`, ' . $store->code('p', 'sku') . ' AS sku, p.`model`, p.`status`, pd.`name` FROM ' . $db->t('product_to_category') . ' p2c'
            . ' LEFT JOIN ' . $db->t('product') . ' p ON p.`product_id` = p2c.`product_id`'
            . ' LEFT JOIN ' . $db->t('product_description') . ' pd ON pd.`product_id` = p2c.`product_id` AND pd.`language_id` = ?'
            . ' WHERE p2c.`category_id` = ? ORDER BY p2c.`product_id` LIMIT ? OFFSET ?';
        $rows = [];
        foreach ($db->all($sql, [$store->languageId, $id, $limit, $offset]) as $row) {
            $rows[] = [
                'product_id' => (int) $row['product_id'],
                'sku' => Fmt::optText($row['sku']),
                'model' => Fmt::text($row['model']),
                'name' => Fmt::text($row['name']),
                'status' => Fmt::bool($row['status']),
            ];
        }
        return Params::page($rows, $total, $limit, $offset);
    }

    public static function assign(Store $store, Request $request, bool $assign): array
    {
        $db = $store->db;
        $body = $request->json();
        $categoryId = isset($body['category_id']) && is_int($body['category_id']) && $body['category_id'] > 0 ? $body['category_id'] : null;
        if ($categoryId === null) {
            throw HttpError::badBody('category_id', 'category_id must be a positive integer');
        }
        $productIds = isset($body['product_ids']) && is_array($body['product_ids']) ? $body['product_ids'] : null;
        if ($productIds === null || count($productIds) === 0 || count($productIds) > MAX_BATCH_ITEMS) {
            throw HttpError::badBody('product_ids', 'product_ids must be a list of 1 to ' . MAX_BATCH_ITEMS . ' product ids');
        }
        foreach ($productIds as $index => $productId) {
            if (!is_int($productId) || $productId <= 0) {
                throw HttpError::badBody('product_ids[' . $index . ']', 'product ids must be positive integers');
            }
        }
        if (count(array_unique($productIds)) !== count($productIds)) {
            throw HttpError::badBody('product_ids', 'product_ids must not repeat an id');
        }
        self::requireCategory($store, $categoryId);
        $existing = [];
        foreach ($db->all('SELECT `product_id` FROM ' . $db->t('product') . ' WHERE `product_id` IN (' . Db::placeholders(count($productIds)) . ')', $productIds) as $row) {
            $existing[(int) $row['product_id']] = true;
        }
        $errors = [];
        foreach ($productIds as $index => $productId) {
            if (!isset($existing[$productId])) {
                $errors[] = ['index' => $index, 'product_id' => $productId, 'code' => 'product_not_found', 'message' => 'product ' . $productId . ' does not exist'];
            }
        }
        if ($errors) {
            throw new HttpError(422, 'validation_failed', count($errors) . ' of ' . count($productIds)
                . ' products are invalid; nothing was changed', ['errors' => $errors]);
        }
        $sql = $assign
            ? 'INSERT IGNORE INTO ' . $db->t('product_to_category') . ' (`product_id`, `category_id`) VALUES (?, ?)'
            : 'DELETE FROM ' . $db->t('product_to_category') . ' WHERE `product_id` = ? AND `category_id` = ?';
        $changed = 0;
        $transactional = strcasecmp($store->engine('product_to_category'), 'InnoDB') === 0;
        if ($transactional) {
            $db->begin();
        }
        try {
            foreach ($productIds as $productId) {
                $changed += $db->run($sql, [$productId, $categoryId]);
            }
            if ($transactional) {
                $db->commit();
            }
        } catch (\Throwable $e) {
            if ($transactional) {
                $db->rollback();
            }
            throw $e;
        }
        OcCache::clear(['product', 'category']);
        return ['data' => [
            'category_id' => $categoryId,
            'changed' => $changed,
            'unchanged' => count($productIds) - $changed,
            'product_ids' => $productIds,
        ]];
    }

    private static function requireCategory(Store $store, int $id): void
    {
        $db = $store->db;
        if ($db->value('SELECT COUNT(*) FROM ' . $db->t('category') . ' WHERE `category_id` = ?', [$id]) == 0) {
            throw HttpError::notFound('category', $id);
        }
    }

    private static function load(Store $store, Where $where, int $limit, int $offset): array
    {
        $db = $store->db;
        $sql = 'SELECT c.*, cd.`name` AS cd_name, cd.`description` AS cd_description,'
            . ' (SELECT COUNT(*) FROM ' . $db->t('product_to_category') . ' p2c WHERE p2c.`category_id` = c.`category_id`) AS product_count'
            . ' FROM ' . $db->t('category') . ' c'
            . ' LEFT JOIN ' . $db->t('category_description') . ' cd ON cd.`category_id` = c.`category_id` AND cd.`language_id` = ?'
            . $where->sql() . ' ORDER BY c.`sort_order`, cd.`name`, c.`category_id` LIMIT ? OFFSET ?';
        $rows = $db->all($sql, array_merge([$store->languageId], $where->params, [$limit, $offset]));
        if (!$rows) {
            return [];
        }
        $ids = array_map(function ($row) {
            return (int) $row['category_id'];
        }, $rows);
        $paths = [];
        foreach ($db->all('SELECT * FROM ' . $db->t('category_path') . ' WHERE `category_id` IN (' . Db::placeholders(count($ids)) . ') ORDER BY `level`', $ids) as $row) {
            $paths[(int) $row['category_id']][] = (int) $row['path_id'];
        }
        $categories = [];
        foreach ($rows as $row) {
            $id = (int) $row['category_id'];
            $categories[] = [
                'category_id' => $id,
                'parent_id' => (int) $row['parent_id'],
                'name' => Fmt::text($row['cd_name']),
                'description' => Fmt::text($row['cd_description']),
                'status' => Fmt::bool($row['status']),
                'sort_order' => (int) $row['sort_order'],
                'image' => Fmt::optText($row['image']),
                'path' => isset($paths[$id]) ? $paths[$id] : [$id],
                'product_count' => (int) $row['product_count'],
                'date_added' => isset($row['date_added']) ? Fmt::date($row['date_added']) : null,
                'date_modified' => isset($row['date_modified']) ? Fmt::date($row['date_modified']) : null,
            ];
        }
        return $categories;
    }
}

/** Routes `customers` and `customer`. */
final class CustomerRoutes
{
    public static function get(Store $store, Request $request): array
    {
        $id = Params::requiredId($request, 'customer_id');
        $where = new Where();
        $where->add('c.`customer_id` = ?', [$id]);
        $customers = self::load($store, $where, 'c.`customer_id` ASC', 1, 0);
        if (!$customers) {
            throw HttpError::notFound('customer', $id);
        }
        return ['data' => $customers[0]];
    }

    public static function listing(Store $store, Request $request): array
    {
        $db = $store->db;
        $where = new Where();
        $ids = Params::ids($request, 'ids');
        if ($ids !== null) {
            $where->in('c.`customer_id`', $ids);
        }
        $email = $request->param('email');
        if ($email !== null && $email !== '') {
            $where->add('LOWER(c.`email`) = LOWER(?)', [$email]);
        }
        $status = Params::bool($request, 'status');
        if ($status !== null) {
            $where->add('c.`status` = ?', [$status ? 1 : 0]);
        }
        $since = Params::instant($request, 'added_since', $store->timezone);
        if ($since !== null) {
            $where->add('c.`date_added` >= ?', [$since]);
        }
        list($column, $direction) = Params::sort($request, ['customer_id', 'date_added'], 'customer_id');
        list($limit, $offset) = Params::paging($request);
        $total = (int) $db->value('SELECT COUNT(*) FROM ' . $db->t('customer') . ' c' . $where->sql(), $where->params);
        $order = $column === 'customer_id' ? 'c.`customer_id` ' . $direction
            : 'c.`date_added` ' . $direction . ', c.`customer_id` ' . $direction;
        return Params::page(self::load($store, $where, $order, $limit, $offset), $total, $limit, $offset);
    }

    private static function load(Store $store, Where $where, string $orderBy, int $limit, int $offset): array
    {
        $db = $store->db;
        $rows = $db->all('SELECT c.* FROM ' . $db->t('customer') . ' c' . $where->sql() . ' ORDER BY ' . $orderBy . ' LIMIT ? OFFSET ?',
            array_merge($where->params, [$limit, $offset]));
        if (!$rows) {
            return [];
        }
        $ids = array_map(function ($row) {
            return (int) $row['customer_id'];
        }, $rows);
        $in = Db::placeholders(count($ids));
        $addresses = [];
        $defaults = [];
        $addressSql = 'SELECT a.*, ' . $store->placeName('country', 'c') . ' AS country_name, c.`iso_code_2`, c.`iso_code_3`, '
            . $store->placeName('zone', 'z') . ' AS zone_name, z.`code` AS zone_code'
            . ' FROM ' . $db->t('address') . ' a'
            . ' LEFT JOIN ' . $db->t('country') . ' c ON c.`country_id` = a.`country_id`'
            . ' LEFT JOIN ' . $db->t('zone') . ' z ON z.`zone_id` = a.`zone_id`'
            . ' WHERE a.`customer_id` IN (' . $in . ') ORDER BY a.`address_id`';
        foreach ($db->all($addressSql, $ids) as $row) {
            $customerId = (int) $row['customer_id'];
            if (isset($row['default']) && (int) $row['default'] === 1 && !isset($defaults[$customerId])) {
                $defaults[$customerId] = (int) $row['address_id'];
            }
            $addresses[$customerId][] = $row;
        }
        $stats = [];
        $statSql = 'SELECT `customer_id`, COUNT(*) AS order_count, MAX(`date_added`) AS last_order FROM ' . $db->t('order')
            . ' WHERE `customer_id` IN (' . $in . ') AND `order_status_id` > 0 GROUP BY `customer_id`';
        foreach ($db->all($statSql, $ids) as $row) {
            $stats[(int) $row['customer_id']] = $row;
        }
        $customers = [];
        foreach ($rows as $row) {
            $id = (int) $row['customer_id'];
            $default = array_key_exists('address_id', $row) ? Fmt::optId($row['address_id']) : (isset($defaults[$id]) ? $defaults[$id] : null);
            $list = [];
            foreach (isset($addresses[$id]) ? $addresses[$id] : [] as $address) {
                $list[] = self::address($address, $default);
            }
            $customers[] = [
                'customer_id' => $id,
                'customer_group_id' => (int) $row['customer_group_id'],
                'store_id' => (int) $row['store_id'],
                'firstname' => Fmt::text($row['firstname']),
                'lastname' => Fmt::text($row['lastname']),
                'email' => Fmt::text($row['email']),
                'telephone' => Fmt::text($row['telephone']),
                'newsletter' => Fmt::bool($row['newsletter']),
                'status' => Fmt::bool($row['status']),
                'safe' => Fmt::bool($row['safe']),
                'date_added' => Fmt::date($row['date_added']),
                'default_address_id' => $default,
                'addresses' => $list,
                'order_count' => isset($stats[$id]) ? (int) $stats[$id]['order_count'] : 0,
                'last_order_date' => isset($stats[$id]) ? Fmt::date($stats[$id]['last_order']) : null,
            ];
        }
        return $customers;
    }

    private static function address(array $row, $default): array
    {
        return [
            'address_id' => (int) $row['address_id'],
            'default' => $default !== null && (int) $row['address_id'] === $default,
            'firstname' => Fmt::text($row['firstname']),
            'lastname' => Fmt::text($row['lastname']),
            'company' => Fmt::text($row['company']),
            'address_1' => Fmt::text($row['address_1']),
            'address_2' => Fmt::text($row['address_2']),
            'city' => Fmt::text($row['city']),
            'postcode' => Fmt::text($row['postcode']),
            'country_id' => (int) $row['country_id'],
            'country' => Fmt::optText($row['country_name']),
            'iso_code_2' => $row['iso_code_2'] === null ? null : (string) $row['iso_code_2'],
            'iso_code_3' => $row['iso_code_3'] === null ? null : (string) $row['iso_code_3'],
            'zone_id' => (int) $row['zone_id'],
            'zone' => Fmt::optText($row['zone_name']),
            'zone_code' => $row['zone_code'] === null ? null : (string) $row['zone_code'],
        ];
    }
}

/** Route `metrics`. */
final class MetricsRoutes
{
    public static function get(Store $store, Request $request): array
    {
        $db = $store->db;
        $tz = $store->timezone;
        $toRaw = $request->param('to');
        $fromRaw = $request->param('from');
        $to = $toRaw === null || $toRaw === '' ? new \DateTime('@' . time()) : self::parse($toRaw, 'to');
        $from = $fromRaw === null || $fromRaw === '' ? (clone $to)->modify('-30 days') : self::parse($fromRaw, 'from');
        if ($from >= $to) {
            throw HttpError::badParam('from', 'from must be before to');
        }
        if ($to->getTimestamp() - $from->getTimestamp() > 366 * 86400) {
            throw HttpError::badParam('from', 'the window may span at most 366 days');
        }
        $from->setTimezone($tz);
        $to->setTimezone($tz);
        $window = [$from->format('Y-m-d H:i:s'), $to->format('Y-m-d H:i:s')];

        $byStatus = [];
        $count = 0;
        $statusSql = 'SELECT o.`order_status_id`, os.`name`, COUNT(*) AS n FROM ' . $db->t('order') . ' o'
            . ' LEFT JOIN ' . $db->t('order_status') . ' os ON os.`order_status_id` = o.`order_status_id` AND os.`language_id` = ?'
            . ' WHERE o.`order_status_id` > 0 AND o.`date_added` >= ? AND o.`date_added` < ?'
            . ' GROUP BY o.`order_status_id`, os.`name` ORDER BY o.`order_status_id`';
        foreach ($db->all($statusSql, array_merge([$store->languageId], $window)) as $row) {
            $count += (int) $row['n'];
            $byStatus[] = ['order_status_id' => (int) $row['order_status_id'], 'name' => Fmt::optText($row['name']), 'count' => (int) $row['n']];
        }

        $revenueIds = array_values(array_unique(array_merge(
            $store->statusSet('config_processing_status'), $store->statusSet('config_complete_status'))));
        $byCurrency = [];
        $revenueCount = 0;
        $revenueTotal = 0.0;
        if ($revenueIds) {
            $revenueSql = 'SELECT `currency_code`, COUNT(*) AS n, SUM(`total`) AS total, SUM(ROUND(`total` * `currency_value`, 4)) AS amount'
                . ' FROM ' . $db->t('order') . ' WHERE `date_added` >= ? AND `date_added` < ?'
                . ' AND `order_status_id` IN (' . Db::placeholders(count($revenueIds)) . ')'
                . ' GROUP BY `currency_code` ORDER BY `currency_code`';
            foreach ($db->all($revenueSql, array_merge($window, $revenueIds)) as $row) {
                $revenueCount += (int) $row['n'];
                $revenueTotal += (float) $row['total'];
                $byCurrency[] = [
                    'currency_code' => (string) $row['currency_code'],
                    'order_count' => (int) $row['n'],
                    'amount' => Fmt::num($row['amount']),
                    'amount_default_currency' => Fmt::num($row['total']),
                ];
            }
        }
        $products = $db->one('SELECT COUNT(*) AS total, SUM(`status` = 1) AS enabled, SUM(`status` = 1 AND `quantity` <= 0) AS out_of_stock FROM ' . $db->t('product'));
        return ['data' => [
            'from' => $from->format('Y-m-d\TH:i:sP'),
            'to' => $to->format('Y-m-d\TH:i:sP'),
            'currency' => (string) $store->setting('config_currency', ''),
            'orders' => ['count' => $count, 'by_status' => $byStatus],
            'revenue' => [
                'status_ids' => $revenueIds,
                'order_count' => $revenueCount,
                'total' => Fmt::num(round($revenueTotal, 4)),
                'by_currency' => $byCurrency,
            ],
            'customers' => [
                'total' => (int) $db->value('SELECT COUNT(*) FROM ' . $db->t('customer')),
                'new' => (int) $db->value('SELECT COUNT(*) FROM ' . $db->t('customer') . ' WHERE `date_added` >= ? AND `date_added` < ?', $window),
            ],
            'products' => [
                'total' => (int) $products['total'],
                'enabled' => (int) $products['enabled'],
                'out_of_stock' => (int) $products['out_of_stock'],
            ],
        ]];
    }

    private static function parse(string $raw, string $name): \DateTime
    {
        $utc = Params::toStoreTime($raw, $name, new \DateTimeZone('UTC'));
        return new \DateTime($utc, new \DateTimeZone('UTC'));
    }
}

/** Route `inventory.set`: absolute stock by SKU, validate-all-then-write (PROTOCOL.md §4.9). */
final class InventoryRoutes
{
    public static function set(Store $store, Request $request): array
    {
        $body = $request->json();
        $items = isset($body['items']) && is_array($body['items']) ? $body['items'] : null;
        if ($items === null || count($items) === 0 || array_keys($items) !== range(0, count($items) - 1)) {
            throw HttpError::badBody('items', 'items must be a non-empty list');
        }
        if (count($items) > MAX_BATCH_ITEMS) {
            throw new HttpError(400, 'too_many_items', 'at most ' . MAX_BATCH_ITEMS . ' items per call', ['max' => MAX_BATCH_ITEMS]);
        }
        $match = isset($body['match']) ? $body['match'] : 'sku';
        if ($match !== 'sku' && $match !== 'model') {
            throw HttpError::badBody('match', 'match must be "sku" or "model"');
        }
        $dryRun = isset($body['dry_run']) ? $body['dry_run'] : false;
        if (!is_bool($dryRun)) {
            throw HttpError::badBody('dry_run', 'dry_run must be a boolean');
        }
        $optionSku = $store->hasColumn('product_option_value', 'sku');
        $transactional = $store->transactional();
        $db = $store->db;
        self::lock($db, $transactional, $dryRun);
        try {
            $resolved = self::resolve($db, $items, $match, $optionSku, $transactional && !$dryRun, $match === 'sku' && $store->productCodes());
            $updated = $dryRun ? 0 : self::write($db, $resolved);
            self::unlock($db, $transactional, $dryRun, true);
        } catch (\Throwable $e) {
            self::unlock($db, $transactional, $dryRun, false);
            throw $e;
        }
        $cleared = $dryRun ? 0 : OcCache::clear(['product']);
        return ['data' => ['dry_run' => $dryRun, 'updated' => $updated, 'cache_cleared' => $cleared, 'items' => $resolved]];
    }

    private static function lock(Db $db, bool $transactional, bool $dryRun): void
    {
        if ($dryRun) {
            return;
        }
        if ($transactional) {
            $db->begin();
        } else {
            $db->raw('LOCK TABLES ' . $db->t('product') . ' WRITE, ' . $db->t('product_option_value') . ' WRITE');
        }
    }

    private static function unlock(Db $db, bool $transactional, bool $dryRun, bool $success): void
    {
        if ($dryRun) {
            return;
        }
        if (!$transactional) {
            $db->raw('UNLOCK TABLES');
        } elseif ($success) {
            $db->commit();
        } else {
            $db->rollback();
        }
    }

    /** Resolves every item to a product or option value and validates it; throws 422 listing all bad items. */
    private static function resolve(Db $db, array $items, string $match, bool $optionSku, bool $forUpdate, bool $codes = false): array
    {
        $errors = [];
        $plain = [];
        $pairs = [];
        foreach ($items as $index => $item) {
            $sku = is_array($item) && isset($item['sku']) && is_string($item['sku']) ? $item['sku'] : null;
            if ($sku === null || $sku === '' || strlen($sku) > 64) {
                $errors[$index] = self::error($index, $sku, 'sku_missing', 'sku must be a non-empty string of at most 64 characters');
                continue;
            }
            $quantity = isset($item['quantity']) ? $item['quantity'] : null;
            if (!is_int($quantity) || $quantity < 0 || $quantity > 2147483647) {
                $errors[$index] = self::error($index, $sku, 'quantity_invalid', 'quantity must be an integer from 0 to 2147483647');
                continue;
            }
            if (preg_match('/^(\d{1,10}):(\d{1,10})$/', $sku, $m)) {
                $pairs[$index] = [(int) $m[1], (int) $m[2]];
            } else {
                $plain[$index] = $sku;
            }
        }
        $lock = $forUpdate ? ' FOR UPDATE' : '';
        $byValue = self::optionValuesById($db, $pairs, $lock);
        $byProduct = self::productsByKey($db, array_values(array_unique($plain)), $match, $lock, $codes);
        $byOptionSku = [];
        if ($optionSku) {
            $unmatched = array_values(array_unique(array_filter($plain, function ($sku) use ($byProduct) {
                return !isset($byProduct[$sku]);
            })));
            $byOptionSku = self::optionValuesBySku($db, $unmatched, $lock);
        }
        $resolved = [];
        $seen = [];
        foreach ($items as $index => $item) {
            if (isset($errors[$index])) {
                continue;
            }
            $sku = $item['sku'];
            $target = isset($pairs[$index])
                ? self::pairTarget($index, $sku, $pairs[$index], $byValue)
                : self::skuTarget($index, $sku, $byProduct, $byOptionSku);
            if (isset($target['code'])) {
                $errors[$index] = $target;
                continue;
            }
            $key = $target['target'] . ':' . ($target['product_option_value_id'] === null ? $target['product_id'] : $target['product_option_value_id']);
            if (isset($seen[$key])) {
                $errors[$index] = self::error($index, $sku, 'sku_duplicate', 'the same stock target appears at index ' . $seen[$key]);
                continue;
            }
            $seen[$key] = $index;
            $target['quantity'] = $item['quantity'];
            $resolved[] = $target;
        }
        if ($errors) {
            ksort($errors);
            throw new HttpError(422, 'validation_failed', count($errors) . ' of ' . count($items)
                . ' items are invalid; nothing was changed', ['errors' => array_values($errors)]);
        }
        return $resolved;
    }

    private static function optionValuesById(Db $db, array $pairs, string $lock): array
    {
        $ids = array_values(array_unique(array_map(function ($pair) {
            return $pair[1];
        }, $pairs)));
        $found = [];
        foreach (array_chunk($ids, MAX_BATCH_ITEMS) as $chunk) {
            $sql = 'SELECT `product_option_value_id`, `product_id`, `quantity` FROM ' . $db->t('product_option_value')
                . ' WHERE `product_option_value_id` IN (' . Db::placeholders(count($chunk)) . ')' . $lock;
            foreach ($db->all($sql, $chunk) as $row) {
                $found[(int) $row['product_option_value_id']] = $row;
            }
        }
        return $found;
    }

    /** Products keyed by their exact (binary) sku or model; a key may map to several products. */
    private static function productsByKey(Db $db, array $keys, string $column, string $lock, bool $codes): array
    {
        $found = [];
        foreach (array_chunk($keys, MAX_BATCH_ITEMS) as $chunk) {
            $sql = $codes
                ? 'SELECT p.`product_id`, pcode.`value` AS k, p.`quantity` FROM ' . $db->t('product') . ' p JOIN ' . $db->t('product_code')
                    . " pcode ON pcode.`product_id` = p.`product_id` AND pcode.`code` = 'SKU'"
                    . ' WHERE pcode.`value` IN (' . Db::placeholders(count($chunk)) . ')' . $lock
                : 'SELECT `product_id`, `' . $column . '` AS k, `quantity` FROM ' . $db->t('product')
                    . ' WHERE `' . $column . '` IN (' . Db::placeholders(count($chunk)) . ')' . $lock;
            foreach ($db->all($sql, $chunk) as $row) {
                $found[(string) $row['k']][] = $row;
            }
        }
        $exact = [];
        foreach ($keys as $key) {
            if (isset($found[$key])) {
                $exact[$key] = $found[$key];
            }
        }
        return $exact;
    }

    private static function optionValuesBySku(Db $db, array $skus, string $lock): array
    {
        $found = [];
        foreach (array_chunk($skus, MAX_BATCH_ITEMS) as $chunk) {
            $sql = 'SELECT `product_option_value_id`, `product_id`, `quantity`, `sku` FROM ' . $db->t('product_option_value')
                . ' WHERE `sku` IN (' . Db::placeholders(count($chunk)) . ')' . $lock;
            foreach ($db->all($sql, $chunk) as $row) {
                if (in_array((string) $row['sku'], $chunk, true)) {
                    $found[(string) $row['sku']][] = $row;
                }
            }
        }
        return $found;
    }

    private static function pairTarget(int $index, string $sku, array $pair, array $byValue): array
    {
        list($productId, $valueId) = $pair;
        if (!isset($byValue[$valueId]) || (int) $byValue[$valueId]['product_id'] !== $productId) {
            return self::error($index, $sku, 'option_value_not_found', 'product ' . $productId . ' has no option value ' . $valueId);
        }
        return self::target($index, $sku, 'option_value', $productId, $valueId, (int) $byValue[$valueId]['quantity']);
    }

    private static function skuTarget(int $index, string $sku, array $byProduct, array $byOptionSku): array
    {
        $products = isset($byProduct[$sku]) ? $byProduct[$sku] : [];
        if (count($products) === 1) {
            return self::target($index, $sku, 'product', (int) $products[0]['product_id'], null, (int) $products[0]['quantity']);
        }
        if (count($products) > 1) {
            return self::ambiguous($index, $sku, $products);
        }
        $values = isset($byOptionSku[$sku]) ? $byOptionSku[$sku] : [];
        if (count($values) === 1) {
            return self::target($index, $sku, 'option_value', (int) $values[0]['product_id'],
                (int) $values[0]['product_option_value_id'], (int) $values[0]['quantity']);
        }
        if (count($values) > 1) {
            return self::ambiguous($index, $sku, $values);
        }
        return self::error($index, $sku, 'sku_not_found', 'no product has sku ' . $sku);
    }

    private static function ambiguous(int $index, string $sku, array $rows): array
    {
        $error = self::error($index, $sku, 'sku_ambiguous', count($rows) . ' stock targets share sku ' . $sku);
        $error['product_ids'] = array_map(function ($row) {
            return (int) $row['product_id'];
        }, $rows);
        return $error;
    }

    private static function target(int $index, string $sku, string $kind, int $productId, $valueId, int $previous): array
    {
        return [
            'index' => $index,
            'sku' => $sku,
            'target' => $kind,
            'product_id' => $productId,
            'product_option_value_id' => $valueId,
            'previous_quantity' => $previous,
        ];
    }

    private static function error(int $index, $sku, string $code, string $message): array
    {
        return ['index' => $index, 'sku' => $sku, 'code' => $code, 'message' => $message];
    }

    private static function write(Db $db, array $resolved): int
    {
        $product = $db->prepare('UPDATE ' . $db->t('product') . ' SET `quantity` = ? WHERE `product_id` = ?');
        $value = $db->prepare('UPDATE ' . $db->t('product_option_value') . ' SET `quantity` = ? WHERE `product_option_value_id` = ?');
        $quantity = 0;
        $id = 0;
        $product->bind_param('ii', $quantity, $id);
        $value->bind_param('ii', $quantity, $id);
        $updated = 0;
        foreach ($resolved as $item) {
            if ($item['quantity'] === $item['previous_quantity']) {
                continue;
            }
            $quantity = $item['quantity'];
            if ($item['target'] === 'product') {
                $id = $item['product_id'];
                $product->execute();
            } else {
                $id = $item['product_option_value_id'];
                $value->execute();
            }
            $updated++;
        }
        $product->close();
        $value->close();
        return $updated;
    }
}

/** Dispatch: route table, JSON output, error envelope. */
final class Bridge
{
    const ROUTES = [
        'version' => 'GET', 'settings' => 'GET', 'orders' => 'GET', 'order' => 'GET', 'shipment.add' => 'POST',
        'products' => 'GET', 'product' => 'GET', 'categories' => 'GET', 'category' => 'GET',
        'category.products' => 'GET', 'category.assign' => 'POST', 'category.unassign' => 'POST',
        'customers' => 'GET', 'customer' => 'GET', 'metrics' => 'GET', 'inventory.set' => 'POST',
    ];

    public static function main(): void
    {
        ini_set('display_errors', '0');
        ini_set('serialize_precision', '-1');
        set_error_handler(function ($severity, $message, $file, $line) {
            if (($severity & (E_DEPRECATED | E_USER_DEPRECATED)) !== 0) {
                return true;
            }
            throw new \ErrorException($message, 0, $severity, $file, $line);
        });
        ob_start();
        try {
            $payload = self::handle();
            self::send(200, $payload, []);
        } catch (HttpError $e) {
            $error = ['code' => $e->errorCode, 'status' => $e->status, 'message' => $e->getMessage(), 'details' => (object) $e->details];
            self::send($e->status, ['error' => $error], $e->headers);
        } catch (\Throwable $e) {
            error_log('omnicart-bridge: ' . get_class($e) . ' at ' . basename($e->getFile()) . ':' . $e->getLine() . ': ' . $e->getMessage());
            $error = ['code' => 'internal_error', 'status' => 500, 'message' => 'the bridge failed; see the PHP error log', 'details' => (object) []];
            self::send(500, ['error' => $error], []);
        }
    }

    private static function handle(): array
    {
        $length = isset($_SERVER['CONTENT_LENGTH']) ? (int) $_SERVER['CONTENT_LENGTH'] : 0;
        if ($length > MAX_BODY_BYTES) {
            throw new HttpError(413, 'body_too_large', 'the request body exceeds ' . MAX_BODY_BYTES . ' bytes');
        }
        $body = (string) file_get_contents('php://input', false, null, 0, MAX_BODY_BYTES + 1);
        if (strlen($body) > MAX_BODY_BYTES) {
            throw new HttpError(413, 'body_too_large', 'the request body exceeds ' . MAX_BODY_BYTES . ' bytes');
        }
        $request = new Request($_SERVER, $body);
        $config = __DIR__ . '/config.php';
        if (!is_file($config)) {
            throw new HttpError(500, 'bridge_misconfigured', 'config.php was not found next to the bridge');
        }
        require_once $config;
        $db = Db::connect();
        Auth::authenticate($request, $db);

        $route = (string) $request->param('route');
        if (!isset(self::ROUTES[$route])) {
            throw new HttpError(404, 'route_not_found', 'unknown route "' . $route . '"', ['route' => $route]);
        }
        $allowed = self::ROUTES[$route];
        if ($request->method !== $allowed) {
            throw new HttpError(405, 'method_not_allowed', $route . ' accepts ' . $allowed . ' only', ['allowed' => [$allowed]], ['Allow' => $allowed]);
        }
        $store = new Store($db);
        Fmt::$tz = $store->timezone;
        return self::dispatch($route, $store, $request);
    }

    private static function dispatch(string $route, Store $store, Request $request): array
    {
        switch ($route) {
            case 'version':
                return StoreRoutes::version($store);
            case 'settings':
                return StoreRoutes::settings($store);
            case 'orders':
                return OrderRoutes::listing($store, $request);
            case 'order':
                return OrderRoutes::get($store, $request);
            case 'shipment.add':
                return OrderRoutes::addShipment($store, $request);
            case 'products':
                return ProductRoutes::listing($store, $request);
            case 'product':
                return ProductRoutes::get($store, $request);
            case 'categories':
                return CategoryRoutes::listing($store, $request);
            case 'category':
                return CategoryRoutes::get($store, $request);
            case 'category.products':
                return CategoryRoutes::products($store, $request);
            case 'category.assign':
                return CategoryRoutes::assign($store, $request, true);
            case 'category.unassign':
                return CategoryRoutes::assign($store, $request, false);
            case 'customers':
                return CustomerRoutes::listing($store, $request);
            case 'customer':
                return CustomerRoutes::get($store, $request);
            case 'metrics':
                return MetricsRoutes::get($store, $request);
            default:
                return InventoryRoutes::set($store, $request);
        }
    }

    private static function send(int $status, array $payload, array $headers): void
    {
        while (ob_get_level() > 0) {
            ob_end_clean();
        }
        $json = json_encode($payload, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_INVALID_UTF8_SUBSTITUTE);
        if ($json === false) {
            $status = 500;
            $json = '{"error":{"code":"internal_error","status":500,"message":"the response could not be encoded","details":{}}}';
        }
        http_response_code($status);
        header('Content-Type: application/json; charset=utf-8');
        header('Cache-Control: no-store');
        header('X-Content-Type-Options: nosniff');
        header('X-OmniCart-Bridge: ' . BRIDGE_VERSION);
        foreach ($headers as $name => $value) {
            header($name . ': ' . $value);
        }
        echo $json;
    }
}

Bridge::main();
