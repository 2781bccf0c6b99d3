package cli

import (
	"fmt"
	"path/filepath"

	ucli "github.com/urfave/cli/v2"

	"github.com/salus-health/salus/backend/ipfs"
)

// ipfsCommand adds public documents (batch certificates, contract terms) to
// the stack's IPFS node. Medical content never goes this way: records are
// encrypted by the record service first.
func ipfsCommand() *ucli.Command {
	return &ucli.Command{
		Name:  "ipfs",
		Usage: "public, unencrypted documents in the stack's IPFS node",
		Subcommands: []*ucli.Command{
			{
				Name:      "add",
				Usage:     "add public files (never medical content) to DATA_DIR/ipfs, pin them and print their CIDs",
				ArgsUsage: "FILE...",
				Flags:     []ucli.Flag{dataDirFlag},
				Action: func(c *ucli.Context) error {
					if c.NArg() == 0 {
						return fmt.Errorf("name at least one file to add")
					}
					dir := filepath.Join(c.String("data-dir"), "ipfs")
					node, err := ipfs.Open(c.Context, ipfs.Config{Dir: dir, Offline: true})
					if err != nil {
						return fmt.Errorf("open the IPFS node in %s: %w (while `salus run` uses it, add through the API instead: POST /v1/ipfs)", dir, err)
					}
					defer node.Close()
					for _, path := range c.Args().Slice() {
						root, err := node.AddFile(c.Context, path)
						if err != nil {
							return fmt.Errorf("add %s: %w", path, err)
						}
						fmt.Fprintf(c.App.Writer, "%s  %s\n", root, path)
					}
					return nil
				},
			},
		},
	}
}
