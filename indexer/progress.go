package indexer

import (
	"fmt"
	"io"
	"time"
)

// progressEvery is the least time between two progress lines, and the time
// a backfill must last before the first: catching up a few blocks while
// following the head prints nothing.
var progressEvery = time.Second

// progress prints backfill progress lines. Only the sync loop uses it.
type progress struct {
	active  bool
	printed bool
	from    uint64
	start   time.Time
	last    time.Time
	events  uint64
}

// begin starts a backfill session at block next, unless one is running.
func (p *progress) begin(next, head uint64) {
	if p.active {
		return
	}
	now := time.Now()
	*p = progress{active: true, from: next, start: now, last: now}
}

// update records a commit up to block n and prints a line at most every
// progressEvery.
func (p *progress) update(w io.Writer, n, head uint64, events int) {
	if !p.active {
		return
	}
	p.events += uint64(events)
	if time.Since(p.last) >= progressEvery {
		p.print(w, n, head, "")
	}
}

// finish ends a session once the index reached the head, with a last line
// if the session printed any.
func (p *progress) finish(w io.Writer, n, head uint64) {
	if !p.active {
		return
	}
	if p.printed {
		p.print(w, n, head, ", caught up")
	}
	p.active = false
}

func (p *progress) print(w io.Writer, n, head uint64, suffix string) {
	p.printed = true
	p.last = time.Now()
	rate := 0.0
	if s := p.last.Sub(p.start).Seconds(); s > 0 {
		rate = float64(p.events) / s
	}
	fmt.Fprintf(w, "indexed blocks %d..%d of %d (%d events, %.0f ev/s)%s\n", p.from, n, head, p.events, rate, suffix)
}
