package envelope_test

import (
	"bytes"
	"fmt"
	"io"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/salus-health/salus/backend/envelope"
)

// A record version is encrypted under a fresh data key, which is wrapped to
// the patient's registered encryption key; the patient unwraps it and reads
// the record back.
func Example() {
	patient, err := crypto.GenerateKey()
	if err != nil {
		fmt.Println(err)
		return
	}
	registered := crypto.FromECDSAPub(&patient.PublicKey)[1:] // X‖Y, as the Registry stores it
	ad := []byte("patient=0x1111|category=lab|version=1")

	// Writer side: encrypt the content, wrap the data key.
	dataKey, err := envelope.NewDataKey()
	if err != nil {
		fmt.Println(err)
		return
	}
	var stored bytes.Buffer
	w, err := envelope.NewWriter(&stored, dataKey, ad)
	if err != nil {
		fmt.Println(err)
		return
	}
	if _, err := io.WriteString(w, "HbA1c 5.4%"); err != nil {
		fmt.Println(err)
		return
	}
	if err := w.Close(); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(int64(stored.Len()) == envelope.CiphertextSize(10))
	pub, err := envelope.ParsePublicKey(registered)
	if err != nil {
		fmt.Println(err)
		return
	}
	wrapped, err := envelope.Wrap(pub, dataKey, ad)
	if err != nil {
		fmt.Println(err)
		return
	}

	// Reader side: unwrap the data key, decrypt the content.
	key, err := envelope.Unwrap(patient, wrapped, ad)
	if err != nil {
		fmt.Println(err)
		return
	}
	r, err := envelope.NewReader(&stored, key, ad)
	if err != nil {
		fmt.Println(err)
		return
	}
	content, err := io.ReadAll(r) // complete and authentic only without error
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(string(content))
	// Output:
	// true
	// HbA1c 5.4%
}
