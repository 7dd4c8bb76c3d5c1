-- W1 revalidation for wrk: each request asks for an article with the ETag the server gave for it, as a CDN or a
-- browser revalidates, so every answer should be 304 Not Modified.
--   wrk -t1 -c32 -d20s --latency -s revalidate.lua http://host:port -- etags.tsv
-- etags.tsv: one "path<TAB>etag" per line, in the order of slugs.txt (tools/bench/run.sh writes it). The random
-- sequence is that of the harness's template.lua (seed 42 + thread number), so W1 and this workload ask for the
-- same articles in the same order. The ETags were fetched with the same Accept-Encoding as sent here: the server
-- gives each content coding its own ETag.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("id", #threads)
end

function init(args)
  entries = {}
  for line in io.lines(args[1]) do
    local path, etag = line:match("^([^\t]+)\t(.+)$")
    if path then entries[#entries + 1] = { path, etag } end
  end
  if #entries == 0 then error("no path<TAB>etag lines in " .. tostring(args[1])) end
  math.randomseed(42 + (id or 1))
  not_modified, other = 0, 0
end

function request()
  local e = entries[math.random(#entries)]
  return wrk.format("GET", e[1], { ["Accept-Encoding"] = "gzip", ["If-None-Match"] = e[2] })
end

function response(status)
  if status == 304 then not_modified = not_modified + 1 else other = other + 1 end
end

function done()
  local a, b = 0, 0
  for _, t in ipairs(threads) do
    a = a + t:get("not_modified")
    b = b + t:get("other")
  end
  io.write(string.format("304 responses: %d\nOther responses: %d\n", a, b))
end
