-- wrk script shared by scripts/benchmark and scripts/loadtest (see scripts/bench/run.py).
--
-- Environment:
--   WRK_PATHS="/a /b?x=1"  cycle every connection through these paths, in order
--                          (unset: every request asks for the URL given to wrk)
--   WRK_STATUS=1           count responses per status code (costs a little speed)
--
-- Every request carries the headers given with -H (run.py sends
-- "X-Forwarded-Proto: https", as the TLS proxy in front of the site would).
-- At the end, one line "WRK_JSON {...}" with the totals, errors and latency
-- percentiles in microseconds, for run.py to parse.

local paths = {}
for path in string.gmatch(os.getenv("WRK_PATHS") or "", "%S+") do
    paths[#paths + 1] = path
end

if #paths > 0 then
    local next_index = 0
    request = function()
        next_index = next_index % #paths + 1
        return wrk.format(nil, paths[next_index])
    end
end

local threads = {}

function setup(thread)
    threads[#threads + 1] = thread
end

if os.getenv("WRK_STATUS") == "1" then
    codes = {}
    response = function(status, headers, body)
        codes[status] = (codes[status] or 0) + 1
    end
end

function done(summary, latency, requests)
    local totals = {}
    for _, thread in ipairs(threads) do
        local counted = thread:get("codes")
        if type(counted) == "table" then
            for status, count in pairs(counted) do
                totals[status] = (totals[status] or 0) + count
            end
        end
    end
    local parts = {}
    for status, count in pairs(totals) do
        parts[#parts + 1] = string.format('"%d":%d', status, count)
    end
    local errors = summary.errors
    io.write(string.format(
        'WRK_JSON {"requests":%d,"duration_us":%d,"bytes":%d,'
            .. '"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d,'
            .. '"p50_us":%d,"p90_us":%d,"p99_us":%d,"max_us":%d,"mean_us":%.1f,'
            .. '"codes":{%s}}\n',
        summary.requests, summary.duration, summary.bytes,
        errors.connect, errors.read, errors.write, errors.status, errors.timeout,
        latency:percentile(50), latency:percentile(90), latency:percentile(99),
        latency.max, latency.mean,
        table.concat(parts, ",")
    ))
end
