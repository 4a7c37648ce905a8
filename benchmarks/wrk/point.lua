-- Point queries for wrk: "who controlled lat,lon on date D" for random points over Iraq and Syria (32-37.5 N,
-- 36-46 E) and random dates 2014-01-01..2019-03-15, the same box and range as ServerBench. Each connection pauses
-- PAUSE ms (the script's argument) between a response and its next request, so the total rate is about
-- connections / (PAUSE + latency): 10 connections and 4 ms give 2,100-2,150 requests/s here. A pause of 0 is a
-- closed loop at full speed (the warm-up).
-- With a folder as second argument, each thread also writes every answer's sending time (ms since the epoch) and
-- latency (ms) to a file of its own there, so that a stretch of the run (such as an import) can be measured on its
-- own; run one connection per thread then (-t N -c N), so that a thread's answer is always to its last request.
local pause = 4
local threads = 0
local timeline, sent
local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_nsec; } frontline_timespec;
  int clock_gettime(int clock, frontline_timespec *tp);
]]
local clock = ffi.new("frontline_timespec")

local function now_ms()
  ffi.C.clock_gettime(0, clock) -- CLOCK_REALTIME, to compare with the shell's date +%s%3N
  return tonumber(clock.tv_sec) * 1000.0 + tonumber(clock.tv_nsec) / 1e6
end

function setup(thread)
  threads = threads + 1
  thread:set("seed", threads)
end

function init(args)
  math.randomseed(20260101 + (seed or 0))
  if args[1] then
    pause = tonumber(args[1])
  end
  if args[2] then
    timeline = io.open(string.format("%s/thread-%d.txt", args[2], seed or 0), "w")
    timeline:setvbuf("line")
    -- defined only here: wrk hands every answer to Lua (slower) when the script has a response function
    response = function()
      timeline:write(string.format("%.3f %.3f\n", sent, now_ms() - sent))
    end
  end
end

local first_day = os.time({ year = 2014, month = 1, day = 1, hour = 12 })

function request()
  local lat = 32.0 + math.random() * 5.5
  local lon = 36.0 + math.random() * 10.0
  local date = os.date("!%Y-%m-%d", first_day + math.random(0, 1899) * 86400)
  if timeline then
    sent = now_ms()
  end
  return wrk.format("GET", string.format("/api/v1/point?lat=%.4f&lon=%.4f&date=%s", lat, lon, date))
end

function delay()
  return pause
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local errors = summary.errors
  io.write(string.format("%d requests in %.1f s = %.0f req/s; errors: %d socket, %d not 2xx\n", summary.requests,
    seconds, summary.requests / seconds, errors.connect + errors.read + errors.write + errors.timeout, errors.status))
  io.write(string.format("latency: p50 %.2f  p90 %.2f  p99 %.2f  p99.9 %.2f  max %.2f ms\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency:percentile(99.9) / 1000, latency.max / 1000))
end
