// Command salus is the one Salus binary: `salus run` starts the embedded
// stack; other subcommands run a devnet, deploy, and manage accounts.
// `salus help` lists them.
package main

import (
	"fmt"
	"os"

	"github.com/salus-health/salus/backend/cli"
)

func main() {
	if err := cli.App(os.Stdout, os.Stderr).Run(os.Args); err != nil {
		fmt.Fprintln(os.Stderr, "salus:", err)
		os.Exit(1)
	}
}
