-- GET /api/claims/{id}: picks claim ids round-robin from claim-ids.txt (one id a line).
-- Needs TOKEN (a bearer token) in the environment; see README.md.
local ids = {}
for line in io.lines(os.getenv("IDS") or "claim-ids.txt") do
  if #line > 0 then ids[#ids + 1] = line end
end
assert(#ids > 0, "no claim ids")
local token = assert(os.getenv("TOKEN"), "set TOKEN")
local counter = 0

function setup(thread)
  thread:set("offset", counter * 7919)
  counter = counter + 1
end

local n = 0
function request()
  n = n + 1
  local id = ids[((offset or 0) + n) % #ids + 1]
  return wrk.format("GET", "/api/claims/" .. id, { ["Authorization"] = "Bearer " .. token })
end

function done(summary, latency, requests)
  io.write(string.format("p50=%.2fms p99=%.2fms requests=%d non2xx=%d\n",
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.requests, summary.errors.status))
end
