// Reads wrk's printed summary (run with --latency): requests, requests per second, p50 and p99 in
// milliseconds, and errors (every socket error, timeouts included, plus responses other than 2xx/3xx).
// Shared by bench:load and the attack run.
export function parseWrk(out) {
  const num = (re) => Number((out.match(re) ?? [])[1] ?? 0);
  const ms = (re) => {
    const m = out.match(re);
    if (!m) return NaN;
    const v = Number(m[1]);
    return m[2] === 's' ? v * 1000 : m[2] === 'us' ? v / 1000 : v;
  };
  const socket = out.match(/Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/);
  return {
    requests: num(/(\d+) requests in/),
    rps: num(/Requests\/sec:\s+([\d.]+)/),
    p50: ms(/50%\s+([\d.]+)(us|ms|s)/),
    p99: ms(/99%\s+([\d.]+)(us|ms|s)/),
    errors: (socket ? socket.slice(1).reduce((a, b) => a + Number(b), 0) : 0) + num(/Non-2xx or 3xx responses: (\d+)/),
  };
}
