-- POST /api/encounters: one professional encounter with two diagnoses and two charge lines for
-- a patient picked round-robin from patient-ids.txt. Needs TOKEN (coder, biller or admin).
local ids = {}
for line in io.lines(os.getenv("IDS") or "patient-ids.txt") do
  if #line > 0 then ids[#ids + 1] = line end
end
assert(#ids > 0, "no patient ids")
local token = assert(os.getenv("TOKEN"), "set TOKEN")
local counter = 0

function setup(thread)
  thread:set("offset", counter * 7919)
  counter = counter + 1
end

local body = [[{"patientId":"%s","kind":"Professional","serviceFrom":"2026-05-04","placeOfService":"11",]] ..
  [["diagnoses":[{"code":"E11.9"},{"code":"I10"}],]] ..
  [["charges":[{"procedureCode":"99214","units":1,"charge":150.00,"diagnosisPointers":[1,2]},]] ..
  [[{"procedureCode":"83036","units":1,"charge":25.00,"diagnosisPointers":[1]}]}]]

local n = 0
function request()
  n = n + 1
  local id = ids[((offset or 0) + n) % #ids + 1]
  return wrk.format("POST", "/api/encounters",
    { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" },
    string.format(body, id))
end

function done(summary, latency, requests)
  io.write(string.format("p50=%.2fms p99=%.2fms requests=%d non2xx=%d\n",
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.requests, summary.errors.status))
end
