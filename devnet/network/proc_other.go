//go:build !unix

package network

import (
	"errors"
	"os/exec"
)

// errUnsupported is returned on systems without Unix process control.
var errUnsupported = errors.New("devnet processes need a unix system")

func startDetached(*exec.Cmd) (int, error) { return 0, errUnsupported }

func signalProcess(int, bool) error { return errUnsupported }

func processAlive(int, string) bool { return false }
