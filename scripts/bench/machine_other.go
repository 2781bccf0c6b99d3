//go:build !linux

package main

import "time"

// machineCPU is not available on this platform.
func machineCPU() (time.Duration, bool) { return 0, false }
