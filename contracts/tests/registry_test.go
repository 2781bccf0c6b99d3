package tests

import (
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// TestRegistry runs every Registry behaviour on every backend
// (TestRegistry/simulated/..., TestRegistry/clique/...).
func TestRegistry(t *testing.T) {
	for _, bf := range backends {
		t.Run(bf.name, func(t *testing.T) {
			b := bf.start(t, fundedAddresses()...)

			for _, tc := range registryCases {
				t.Run(tc.name, func(t *testing.T) { tc.run(t, deployRegistry(t, b)) })
			}

			// Reverting calls change nothing, so they share one registry in
			// the base state unless they need their own setup.
			base := deployBaseState(t, b)
			for _, tc := range revertCases {
				t.Run(tc.name, func(t *testing.T) {
					e := base
					if tc.setup != nil {
						e = deployBaseState(t, b)
						tc.setup(t, e)
					}
					got := e.revert(t, tc.from, tc.call(t, e))
					assertRevert(t, got, tc.want, tc.args...)
				})
			}
		})
	}
}

// newDevice is a device address that is registered nowhere.
var newDevice = newAccount("device/new").addr

// deployBaseState deploys a registry where provider is an active Provider,
// lab a suspended Lab, and device is bound to provider.
func deployBaseState(t testing.TB, b Backend) *env {
	t.Helper()
	e := deployRegistry(t, b)
	e.license(t, provider.addr, roleProvider)
	e.license(t, lab.addr, roleLab)
	e.suspend(t, lab.addr)
	e.registerDevice(t, device.addr, provider.addr)
	return e
}

// revertCases are calls that must revert with a given custom error, run
// against the base state (deployBaseState).
var revertCases = []struct {
	name  string
	setup func(t testing.TB, e *env)
	from  account
	call  func(t testing.TB, e *env) txFunc
	want  string
	args  []any
}{
	// Access control: regulator-only functions.
	{name: "license_byStranger_reverts", from: stranger, call: licenseCall(patient.addr, roleProvider, "Clinic", farFuture),
		want: "AccessControlUnauthorizedAccount", args: []any{stranger.addr, [32]byte(regulatorRole)}},
	{name: "license_byLicensedProvider_reverts", from: provider, call: licenseCall(patient.addr, roleProvider, "Clinic", farFuture),
		want: "AccessControlUnauthorizedAccount", args: []any{provider.addr, [32]byte(regulatorRole)}},
	{name: "license_byDevice_reverts", from: device, call: licenseCall(patient.addr, roleProvider, "Clinic", farFuture),
		want: "AccessControlUnauthorizedAccount", args: []any{device.addr, [32]byte(regulatorRole)}},
	{name: "suspend_byStranger_reverts", from: stranger, call: suspendCall(provider.addr),
		want: "AccessControlUnauthorizedAccount", args: []any{stranger.addr, [32]byte(regulatorRole)}},
	{name: "suspend_byLicensedProvider_reverts", from: provider, call: suspendCall(provider.addr),
		want: "AccessControlUnauthorizedAccount", args: []any{provider.addr, [32]byte(regulatorRole)}},
	{name: "reinstate_byStranger_reverts", from: stranger, call: reinstateCall(lab.addr),
		want: "AccessControlUnauthorizedAccount", args: []any{stranger.addr, [32]byte(regulatorRole)}},
	{name: "reinstate_bySuspendedLab_reverts", from: lab, call: reinstateCall(lab.addr),
		want: "AccessControlUnauthorizedAccount", args: []any{lab.addr, [32]byte(regulatorRole)}},
	{name: "registerDevice_byStranger_reverts", from: stranger, call: registerDeviceCall(newDevice, provider.addr),
		want: "AccessControlUnauthorizedAccount", args: []any{stranger.addr, [32]byte(regulatorRole)}},
	{name: "registerDevice_byOwnerProvider_reverts", from: provider, call: registerDeviceCall(newDevice, provider.addr),
		want: "AccessControlUnauthorizedAccount", args: []any{provider.addr, [32]byte(regulatorRole)}},
	{name: "grantRole_byStranger_reverts", from: stranger, call: grantRoleCall(regulatorRole, stranger.addr),
		want: "AccessControlUnauthorizedAccount", args: []any{stranger.addr, [32]byte(adminRole)}},
	{name: "grantRole_byRegulatorWithoutAdminRole_reverts", from: patient,
		setup: func(t testing.TB, e *env) { e.send(t, regulator, grantRoleCall(regulatorRole, patient.addr)(t, e)) },
		call:  grantRoleCall(regulatorRole, stranger.addr),
		want:  "AccessControlUnauthorizedAccount", args: []any{patient.addr, [32]byte(adminRole)}},
	{name: "revokeRole_byStranger_reverts", from: stranger, call: revokeRoleCall(regulatorRole, regulator.addr),
		want: "AccessControlUnauthorizedAccount", args: []any{stranger.addr, [32]byte(adminRole)}},
	{name: "renounceRole_forAnotherAccount_reverts", from: stranger, call: renounceRoleCall(regulatorRole, regulator.addr),
		want: "AccessControlBadConfirmation"},

	// license
	{name: "license_ofZeroAddress_reverts", from: regulator, call: licenseCall(common.Address{}, roleProvider, "Clinic", farFuture),
		want: "RegistryZeroAddress"},
	{name: "license_withRoleNone_reverts", from: regulator, call: licenseCall(patient.addr, roleNone, "Clinic", farFuture),
		want: "RegistryInvalidRole", args: []any{roleNone}},
	{name: "license_withValidUntilZero_reverts", from: regulator, call: licenseCall(patient.addr, roleProvider, "Clinic", 0),
		want: "RegistryInvalidValidity", args: []any{uint64(0)}},
	{name: "license_withValidUntilInThePast_reverts", from: regulator, call: licenseCall(patient.addr, roleProvider, "Clinic", 1_000_000),
		want: "RegistryInvalidValidity", args: []any{uint64(1_000_000)}},
	{name: "license_withEmptyName_reverts", from: regulator, call: licenseCall(patient.addr, roleProvider, "", farFuture),
		want: "RegistryEmptyName"},
	{name: "license_ofRegisteredDevice_reverts", from: regulator, call: licenseCall(device.addr, roleProvider, "Clinic", farFuture),
		want: "RegistryAccountIsDevice", args: []any{device.addr}},
	{name: "license_withUnknownRoleValue_revertsWithoutData", from: regulator, call: licenseCall(patient.addr, roleGovernmentPayer+1, "Clinic", farFuture),
		want: ""},

	// suspend, reinstate
	{name: "suspend_unlicensedAccount_reverts", from: regulator, call: suspendCall(stranger.addr),
		want: "RegistryNotLicensed", args: []any{stranger.addr}},
	{name: "suspend_suspendedParticipant_reverts", from: regulator, call: suspendCall(lab.addr),
		want: "RegistryAlreadySuspended", args: []any{lab.addr}},
	{name: "reinstate_unlicensedAccount_reverts", from: regulator, call: reinstateCall(stranger.addr),
		want: "RegistryNotLicensed", args: []any{stranger.addr}},
	{name: "reinstate_activeParticipant_reverts", from: regulator, call: reinstateCall(provider.addr),
		want: "RegistryNotSuspended", args: []any{provider.addr}},

	// registerEncryptionKey
	{name: "registerEncryptionKey_with63ByteKey_reverts", from: patient,
		call: keyCall(func(t testing.TB, e *env, k encryptionKey) ([]byte, []byte) {
			return k.pub[:63], e.keyProof(t, patient.addr, k)
		}),
		want: "RegistryInvalidPublicKey"},
	{name: "registerEncryptionKey_withPrefixed65ByteKey_reverts", from: patient,
		call: keyCall(func(t testing.TB, e *env, k encryptionKey) ([]byte, []byte) {
			return append([]byte{0x04}, k.pub...), e.keyProof(t, patient.addr, k)
		}),
		want: "RegistryInvalidPublicKey"},
	{name: "registerEncryptionKey_withPointOffCurve_reverts", from: patient,
		call: keyCall(func(t testing.TB, e *env, k encryptionKey) ([]byte, []byte) {
			pub := append([]byte(nil), k.pub...)
			pub[63] ^= 1 // y+1 or y-1: y^2 no longer matches x^3 + 7
			return pub, e.keyProof(t, patient.addr, k)
		}),
		want: "RegistryInvalidPublicKey"},
	{name: "registerEncryptionKey_withZeroKey_reverts", from: patient,
		call: keyCall(func(t testing.TB, e *env, k encryptionKey) ([]byte, []byte) {
			return make([]byte, 64), e.keyProof(t, patient.addr, k)
		}),
		want: "RegistryInvalidPublicKey"},
	{name: "registerEncryptionKey_withCoordinateNotBelowP_reverts", from: patient,
		call: keyCall(func(t testing.TB, e *env, k encryptionKey) ([]byte, []byte) {
			pub := append([]byte(nil), k.pub...)
			secp256k1P.FillBytes(pub[:32])
			return pub, e.keyProof(t, patient.addr, k)
		}),
		want: "RegistryInvalidPublicKey"},
	{name: "registerEncryptionKey_with64ByteProof_reverts", from: patient,
		call: keyCall(func(t testing.TB, e *env, k encryptionKey) ([]byte, []byte) {
			return k.pub, e.keyProof(t, patient.addr, k)[:64]
		}),
		want: "RegistryInvalidKeyProof", args: []any{patient.addr}},
	{name: "registerEncryptionKey_withProofVOf29_reverts", from: patient,
		call: keyCall(func(t testing.TB, e *env, k encryptionKey) ([]byte, []byte) {
			proof := e.keyProof(t, patient.addr, k)
			proof[64] = 29
			return k.pub, proof
		}),
		want: "RegistryInvalidKeyProof", args: []any{patient.addr}},
	{name: "registerEncryptionKey_withHighSProof_reverts", from: patient,
		call: keyCall(func(t testing.TB, e *env, k encryptionKey) ([]byte, []byte) {
			return k.pub, highS(e.keyProof(t, patient.addr, k))
		}),
		want: "RegistryInvalidKeyProof", args: []any{patient.addr}},
	{name: "registerEncryptionKey_withProofByAnotherKey_reverts", from: patient,
		call: keyCall(func(t testing.TB, e *env, k encryptionKey) ([]byte, []byte) {
			return k.pub, e.keyProof(t, patient.addr, newEncryptionKey("other"))
		}),
		want: "RegistryInvalidKeyProof", args: []any{patient.addr}},
	{name: "registerEncryptionKey_withProofByWalletKey_reverts", from: patient,
		call: keyCall(func(t testing.TB, e *env, k encryptionKey) ([]byte, []byte) {
			wallet := encryptionKey{priv: patient.key, pub: crypto.FromECDSAPub(&patient.key.PublicKey)[1:]}
			return k.pub, e.keyProof(t, patient.addr, wallet)
		}),
		want: "RegistryInvalidKeyProof", args: []any{patient.addr}},
	{name: "registerEncryptionKey_withProofMadeForAnotherAccount_reverts", from: stranger,
		call: keyCall(func(t testing.TB, e *env, k encryptionKey) ([]byte, []byte) {
			return k.pub, e.keyProof(t, patient.addr, k) // patient's proof replayed by stranger
		}),
		want: "RegistryInvalidKeyProof", args: []any{stranger.addr}},

	// registerDevice
	{name: "registerDevice_ofZeroAddress_reverts", from: regulator, call: registerDeviceCall(common.Address{}, provider.addr),
		want: "RegistryZeroAddress"},
	{name: "registerDevice_withUnlicensedOwner_reverts", from: regulator, call: registerDeviceCall(newDevice, stranger.addr),
		want: "RegistryNotLicensed", args: []any{stranger.addr}},
	{name: "registerDevice_withZeroOwner_reverts", from: regulator, call: registerDeviceCall(newDevice, common.Address{}),
		want: "RegistryNotLicensed", args: []any{common.Address{}}},
	{name: "registerDevice_withSuspendedOwner_reverts", from: regulator, call: registerDeviceCall(newDevice, lab.addr),
		want: "RegistryNotLicensed", args: []any{lab.addr}},
	{name: "registerDevice_alreadyRegistered_reverts", from: regulator, call: registerDeviceCall(device.addr, provider.addr),
		want: "RegistryDeviceExists", args: []any{device.addr}},
	{name: "registerDevice_ofLicensedParticipant_reverts", from: regulator, call: registerDeviceCall(lab.addr, provider.addr),
		want: "RegistryAccountIsParticipant", args: []any{lab.addr}},

	// deregisterDevice
	{name: "deregisterDevice_unknownDevice_reverts", from: regulator, call: deregisterDeviceCall(newDevice),
		want: "RegistryUnknownDevice", args: []any{newDevice}},
	{name: "deregisterDevice_byStranger_reverts", from: stranger, call: deregisterDeviceCall(device.addr),
		want: "RegistryNotDeviceOwner", args: []any{stranger.addr}},
	{name: "deregisterDevice_byOtherParticipant_reverts", from: lab, call: deregisterDeviceCall(device.addr),
		want: "RegistryNotDeviceOwner", args: []any{lab.addr}},
	{name: "deregisterDevice_byDeviceItself_reverts", from: device, call: deregisterDeviceCall(device.addr),
		want: "RegistryNotDeviceOwner", args: []any{device.addr}},
}

// Call constructors for the tables: each returns the transaction to send once
// the registry under test is known.

func licenseCall(who common.Address, role uint8, name string, validUntil uint64) func(testing.TB, *env) txFunc {
	return func(_ testing.TB, e *env) txFunc {
		return func(o *bind.TransactOpts) (*types.Transaction, error) {
			return e.registry.License(o, who, role, name, common.Hash{0x1c}, validUntil)
		}
	}
}

func suspendCall(who common.Address) func(testing.TB, *env) txFunc {
	return func(_ testing.TB, e *env) txFunc {
		return func(o *bind.TransactOpts) (*types.Transaction, error) {
			return e.registry.Suspend(o, who, common.Hash{0x5e})
		}
	}
}

func reinstateCall(who common.Address) func(testing.TB, *env) txFunc {
	return func(_ testing.TB, e *env) txFunc {
		return func(o *bind.TransactOpts) (*types.Transaction, error) {
			return e.registry.Reinstate(o, who)
		}
	}
}

func registerDeviceCall(dev, owner common.Address) func(testing.TB, *env) txFunc {
	return func(_ testing.TB, e *env) txFunc {
		return func(o *bind.TransactOpts) (*types.Transaction, error) {
			return e.registry.RegisterDevice(o, dev, owner, common.Hash{0xde})
		}
	}
}

func deregisterDeviceCall(dev common.Address) func(testing.TB, *env) txFunc {
	return func(_ testing.TB, e *env) txFunc {
		return func(o *bind.TransactOpts) (*types.Transaction, error) {
			return e.registry.DeregisterDevice(o, dev)
		}
	}
}

func grantRoleCall(role common.Hash, who common.Address) func(testing.TB, *env) txFunc {
	return func(_ testing.TB, e *env) txFunc {
		return func(o *bind.TransactOpts) (*types.Transaction, error) {
			return e.registry.GrantRole(o, role, who)
		}
	}
}

func revokeRoleCall(role common.Hash, who common.Address) func(testing.TB, *env) txFunc {
	return func(_ testing.TB, e *env) txFunc {
		return func(o *bind.TransactOpts) (*types.Transaction, error) {
			return e.registry.RevokeRole(o, role, who)
		}
	}
}

func renounceRoleCall(role common.Hash, confirmation common.Address) func(testing.TB, *env) txFunc {
	return func(_ testing.TB, e *env) txFunc {
		return func(o *bind.TransactOpts) (*types.Transaction, error) {
			return e.registry.RenounceRole(o, role, confirmation)
		}
	}
}

// keyCall registers the public key and proof that build returns for the
// patient's encryption key.
func keyCall(build func(t testing.TB, e *env, k encryptionKey) (pub, proof []byte)) func(testing.TB, *env) txFunc {
	return func(t testing.TB, e *env) txFunc {
		pub, proof := build(t, e, newEncryptionKey("patient"))
		return e.registerKey(pub, proof)
	}
}
