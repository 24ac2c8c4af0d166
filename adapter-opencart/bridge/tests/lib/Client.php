<?php
// A signing HTTP client written from PROTOCOL.md §2 (independently of the bridge code), over raw sockets so tests
// control the request line, headers and source address exactly.

final class Response
{
    public $status;
    public $headers;
    public $body;
    public $json;

    public function __construct(int $status, array $headers, string $body)
    {
        $this->status = $status;
        $this->headers = $headers;
        $this->body = $body;
        $this->json = json_decode($body, true);
    }

    public function header(string $name)
    {
        $name = strtolower($name);
        return isset($this->headers[$name]) ? $this->headers[$name] : null;
    }

    public function data()
    {
        return isset($this->json['data']) ? $this->json['data'] : null;
    }

    public function error()
    {
        return isset($this->json['error']) ? $this->json['error'] : null;
    }
}

final class Client
{
    const PATH = '/omnicart-bridge.php';

    private $host;
    private $port;
    public $user;
    public $key;

    public function __construct(string $host, int $port, string $user, string $key)
    {
        $this->host = $host;
        $this->port = $port;
        $this->user = $user;
        $this->key = $key;
    }

    public function get(string $route, array $query = [], array $options = []): Response
    {
        return $this->call(array_merge(['method' => 'GET', 'query' => array_merge(['route' => $route], $query)], $options));
    }

    public function post(string $route, $body, array $options = []): Response
    {
        $json = is_string($body) ? $body : json_encode($body, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE);
        return $this->call(array_merge(['method' => 'POST', 'query' => ['route' => $route], 'body' => $json], $options));
    }

    /**
     * Options: method, query (name => value), raw_query (sent verbatim instead), body, path, user, key,
     * timestamp, nonce, transport ('header'|'query'), sign (false = send no signature), bind (source IP),
     * sent_body / sent_path (send another body or path than the one signed), extra_query (appended after signing).
     */
    public function call(array $o): Response
    {
        $method = isset($o['method']) ? $o['method'] : 'GET';
        $path = isset($o['path']) ? $o['path'] : self::PATH;
        $body = isset($o['body']) ? $o['body'] : '';
        $user = array_key_exists('user', $o) ? $o['user'] : $this->user;
        $key = isset($o['key']) ? $o['key'] : $this->key;
        $timestamp = isset($o['timestamp']) ? (string) $o['timestamp'] : (string) time();
        $nonce = isset($o['nonce']) ? $o['nonce'] : bin2hex(random_bytes(16));
        $query = isset($o['raw_query']) ? $o['raw_query'] : self::encodeQuery(isset($o['query']) ? $o['query'] : []);
        $signature = self::sign($key, $method, $path, $query, $body, $timestamp, $nonce, (string) $user);
        if (isset($o['signature'])) {
            $signature = $o['signature'];
        }
        $headers = [];
        $transport = isset($o['transport']) ? $o['transport'] : 'header';
        $sign = !isset($o['sign']) || $o['sign'];
        if ($sign && $transport === 'header') {
            $headers['X-OmniCart-User'] = $user;
            $headers['X-OmniCart-Timestamp'] = $timestamp;
            $headers['X-OmniCart-Nonce'] = $nonce;
            $headers['X-OmniCart-Signature'] = $signature;
        } elseif ($sign) {
            $query .= ($query === '' ? '' : '&') . self::encodeQuery(['oc_user' => $user, 'oc_ts' => $timestamp,
                'oc_nonce' => $nonce, 'oc_sig' => $signature]);
        }
        if (isset($o['extra_query'])) {
            $query .= '&' . $o['extra_query'];
        }
        if (isset($o['headers'])) {
            $headers = array_merge($headers, $o['headers']);
        }
        $sent = isset($o['sent_body']) ? $o['sent_body'] : $body;
        $sentPath = isset($o['sent_path']) ? $o['sent_path'] : $path;
        return $this->send($method, $sentPath . ($query === '' ? '' : '?' . $query), $headers, $sent, isset($o['bind']) ? $o['bind'] : null);
    }

    /** The string to sign and HMAC of PROTOCOL.md §2.2. */
    public static function sign(string $key, string $method, string $path, string $query, string $body, string $timestamp, string $nonce, string $user): string
    {
        $pairs = [];
        foreach (explode('&', $query) as $part) {
            if ($part === '') {
                continue;
            }
            $kv = explode('=', $part, 2);
            $name = rawurldecode($kv[0]);
            if (in_array($name, ['oc_user', 'oc_ts', 'oc_nonce', 'oc_sig'], true)) {
                continue;
            }
            $pairs[] = rawurlencode($name) . "\0" . rawurlencode(rawurldecode(isset($kv[1]) ? $kv[1] : ''));
        }
        sort($pairs, SORT_STRING);
        $canonical = str_replace("\0", '=', implode('&', $pairs));
        $lines = ['OMNICART1-HMAC-SHA256', strtoupper($method), $path, $canonical, hash('sha256', $body), $timestamp, $nonce, $user];
        return hash_hmac('sha256', implode("\n", $lines), $key);
    }

    public static function encodeQuery(array $query): string
    {
        $parts = [];
        foreach ($query as $name => $value) {
            $parts[] = rawurlencode((string) $name) . '=' . rawurlencode((string) $value);
        }
        return implode('&', $parts);
    }

    private function send(string $method, string $target, array $headers, string $body, $bind): Response
    {
        $context = stream_context_create($bind === null ? [] : ['socket' => ['bindto' => $bind . ':0']]);
        $socket = stream_socket_client('tcp://' . $this->host . ':' . $this->port, $errno, $errstr, 10, STREAM_CLIENT_CONNECT, $context);
        if ($socket === false) {
            throw new RuntimeException('cannot connect to the test server: ' . $errstr);
        }
        stream_set_timeout($socket, 60);
        $request = $method . ' ' . $target . " HTTP/1.1\r\nHost: " . $this->host . ':' . $this->port . "\r\nConnection: close\r\n";
        if ($body !== '' || $method === 'POST') {
            $request .= "Content-Type: application/json\r\nContent-Length: " . strlen($body) . "\r\n";
        }
        foreach ($headers as $name => $value) {
            $request .= $name . ': ' . $value . "\r\n";
        }
        fwrite($socket, $request . "\r\n" . $body);
        $raw = stream_get_contents($socket);
        fclose($socket);
        $split = strpos($raw, "\r\n\r\n");
        if ($split === false) {
            throw new RuntimeException('malformed HTTP response: ' . substr($raw, 0, 200));
        }
        $lines = explode("\r\n", substr($raw, 0, $split));
        $statusLine = array_shift($lines);
        $status = (int) explode(' ', $statusLine)[1];
        $parsed = [];
        foreach ($lines as $line) {
            $kv = explode(':', $line, 2);
            $parsed[strtolower(trim($kv[0]))] = isset($kv[1]) ? trim($kv[1]) : '';
        }
        $responseBody = substr($raw, $split + 4);
        if (isset($parsed['transfer-encoding']) && stripos($parsed['transfer-encoding'], 'chunked') !== false) {
            $responseBody = self::unchunk($responseBody);
        }
        return new Response($status, $parsed, $responseBody);
    }

    private static function unchunk(string $body): string
    {
        $out = '';
        while ($body !== '') {
            $eol = strpos($body, "\r\n");
            $size = hexdec(substr($body, 0, $eol));
            if ($size === 0) {
                break;
            }
            $out .= substr($body, $eol + 2, $size);
            $body = substr($body, $eol + 2 + $size + 2);
        }
        return $out;
    }
}
