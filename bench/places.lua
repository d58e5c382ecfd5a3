-- wrk: every request views a place of its own (so every view is a new run), points 0.0001 degrees apart near
-- Boston, where the benchmark's NWS answers. Arguments: the path ("/weather" or "/api/forecast") and a first place
-- number, so that each row of a run asks for places no row before it has seen.
local threads = 0

function setup(thread)
  thread:set("id", threads)
  threads = threads + 1
end

function init(args)
  path = args[1]
  first = tonumber(args[2])
  n = 0
end

function request()
  local i = first + id * 100000 + n
  n = n + 1
  local lat = string.format("42.%04d", 2000 + i % 4000)
  local lon = string.format("-71.%04d", math.floor(i / 4000) % 10000)
  return wrk.format("GET", path .. "?lat=" .. lat .. "&lon=" .. lon)
end
