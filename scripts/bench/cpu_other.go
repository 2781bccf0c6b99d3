//go:build !(linux || darwin || freebsd || netbsd || openbsd)

package main

import "time"

// cpuTime is not available on this platform.
func cpuTime() (time.Duration, bool) { return 0, false }
