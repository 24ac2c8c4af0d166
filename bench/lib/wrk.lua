-- wrk script for bench/run. Script arguments: [keys]. With keys > 0 every request gets `_b=<n mod keys>` appended to
-- its query, so that a response cache keyed by the query sees `keys` distinct entries (each wrk thread walks its own
-- offset of the sequence). At the end it prints one line:
--   WRK requests=… duration_us=… errors=… non2xx=… p50_us=… p90_us=… p99_us=… p999_us=… max_us=…
-- (wrk's latencies are from a closed loop: they understate stalls; LoadGen's fixed-rate runs do not.)

local threads = {}
local next_id = 0

function setup(thread)
   thread:set("id", next_id)
   next_id = next_id + 1
   table.insert(threads, thread)
end

local keys = 0
local counter = 0
local base = nil
local fixed = nil

function init(args)
   keys = tonumber(args[1] or "0") or 0
   counter = (id or 0) * 7919
   local sep = string.find(wrk.path, "?", 1, true) and "&" or "?"
   base = wrk.path .. sep .. "_b="
   fixed = wrk.format()
end

-- wrk decides before init() whether requests are dynamic, so this must exist at load time.
function request()
   if keys == 0 then
      return fixed
   end
   counter = counter + 1
   return wrk.format(nil, base .. (counter % keys))
end

function done(summary, latency, requests)
   local e = summary.errors
   io.write(string.format(
      "WRK requests=%d duration_us=%d errors=%d non2xx=%d p50_us=%d p90_us=%d p99_us=%d p999_us=%d max_us=%d\n",
      summary.requests, summary.duration, e.connect + e.read + e.write + e.status + e.timeout, e.status,
      latency:percentile(50), latency:percentile(90), latency:percentile(99), latency:percentile(99.9), latency.max))
end
