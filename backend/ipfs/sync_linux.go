package ipfs

import (
	"os"

	"golang.org/x/sys/unix"
)

// startWriteback asks the kernel to start writing n bytes of f at off to
// disk now (sync_file_range with SYNC_FILE_RANGE_WRITE, which does not wait
// for the writes), so that the Sync at the end of an Add finds little left
// to write. It is only a hint: it makes nothing durable, and its failure is
// ignored.
func startWriteback(f *os.File, off, n int64) {
	_ = unix.SyncFileRange(int(f.Fd()), off, n, unix.SYNC_FILE_RANGE_WRITE)
}
