package network

import (
	"errors"
	"fmt"
	"math/rand/v2"
)

// FreeBasePort returns a Config.BasePort for which every port a network of
// nodes nodes would use (p2p, HTTP and engine API) is currently free on
// 127.0.0.1. It probes random bases below the usual Linux ephemeral port
// range, so parallel tests rarely pick the same one; the ports are not
// reserved, so another process may still take one before Up binds it.
func FreeBasePort(nodes int) (int, error) {
	if nodes < 1 || nodes > MaxNodes {
		return 0, fmt.Errorf("%w: %d nodes", ErrBadConfig, nodes)
	}
	const lo, hi = 10_000, 32_000 // ephemeral ports start at 32768
	for attempt := 0; attempt < 50; attempt++ {
		base := lo + rand.IntN(hi-lo-authOffset-nodes)
		free := true
		for i := 0; i < nodes && free; i++ {
			for _, off := range []int{p2pOffset, httpOffset, authOffset} {
				if !portFree(base + off + i) {
					free = false
					break
				}
			}
		}
		if free {
			return base, nil
		}
	}
	return 0, errors.New("no free base port found after 50 attempts")
}
