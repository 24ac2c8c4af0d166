<?php
// Minimal test harness: named tests, assertions that stop the current test, a summary. Plain PHP, no composer.

final class AssertionFailed extends Exception
{
}

final class Harness
{
    private $tests = [];
    private $assertions = 0;
    private $failures = [];
    private $passed = 0;

    /** Registers a test that runs once per listed OpenCart version. */
    public function test(string $name, callable $body, array $versions = ['3.0', '4.0', '4.1']): void
    {
        $this->tests[] = [$name, $body, $versions];
    }

    public function run(array $envs, $filter = null): bool
    {
        foreach ($this->tests as $test) {
            list($name, $body, $versions) = $test;
            foreach ($versions as $version) {
                $label = '[' . $version . '] ' . $name;
                if ($filter !== null && stripos($label, $filter) === false) {
                    continue;
                }
                try {
                    $body($envs[$version], $this);
                    $this->passed++;
                    echo "  ok    $label\n";
                } catch (AssertionFailed $e) {
                    $this->failures[] = $label . ': ' . $e->getMessage();
                    echo "  FAIL  $label\n        " . str_replace("\n", "\n        ", $e->getMessage()) . "\n";
                } catch (Throwable $e) {
                    $this->failures[] = $label . ': ' . get_class($e) . ': ' . $e->getMessage();
                    echo "  ERROR $label\n        " . get_class($e) . ': ' . $e->getMessage() . ' at ' . basename($e->getFile()) . ':' . $e->getLine() . "\n";
                }
            }
        }
        $total = $this->passed + count($this->failures);
        echo "\n";
        if ($this->failures) {
            echo "Failures:\n";
            foreach ($this->failures as $failure) {
                echo "  - $failure\n";
            }
            echo "\n";
        }
        $ok = !$this->failures && $total > 0;
        printf("%s: %d tests, %d passed, %d failed, %d assertions%s\n", $ok ? 'PASSED' : 'FAILED', $total, $this->passed,
            count($this->failures), $this->assertions, $total === 0 ? ' (no test ran)' : '');
        return $ok;
    }

    public function eq($expected, $actual, string $what = ''): void
    {
        $this->assertions++;
        if ($expected !== $actual) {
            throw new AssertionFailed(($what !== '' ? $what . ': ' : '') . 'expected ' . self::show($expected) . ', got ' . self::show($actual));
        }
    }

    public function true(bool $condition, string $what): void
    {
        $this->assertions++;
        if (!$condition) {
            throw new AssertionFailed($what);
        }
    }

    /** Asserts an HTTP status and, for errors, the single error envelope with the given code. */
    public function status(int $status, Response $response, $code = null): void
    {
        $this->eq($status, $response->status, 'HTTP status (body: ' . substr($response->body, 0, 400) . ')');
        $this->eq('application/json; charset=utf-8', $response->header('content-type'), 'content type');
        $this->true($response->header('x-omnicart-bridge') !== null, 'X-OmniCart-Bridge header present');
        $this->true(is_array($response->json), 'body is JSON');
        if ($code !== null) {
            $error = isset($response->json['error']) ? $response->json['error'] : null;
            $this->true(is_array($error), 'error envelope present');
            $this->eq(['code', 'details', 'message', 'status'], self::sortedKeys($error), 'error envelope keys');
            $this->eq($code, $error['code'], 'error code');
            $this->eq($status, $error['status'], 'error.status mirrors HTTP status');
            $this->true(is_string($error['message']) && $error['message'] !== '', 'error message');
            $this->true(is_array($error['details']), 'error details is an object');
            $this->eq(1, count($response->json), 'nothing beside "error"');
        } else {
            $this->true(array_key_exists('data', $response->json), 'success has data');
        }
    }

    /** Asserts that $actual has exactly these keys (order-insensitive). */
    public function keys(array $expected, $actual, string $what): void
    {
        $this->true(is_array($actual), $what . ' is an object');
        sort($expected);
        $this->eq($expected, self::sortedKeys($actual), $what . ' keys');
    }

    public static function sortedKeys(array $value): array
    {
        $keys = array_keys($value);
        sort($keys);
        return $keys;
    }

    private static function show($value): string
    {
        return json_encode($value, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_PRESERVE_ZERO_FRACTION);
    }
}
