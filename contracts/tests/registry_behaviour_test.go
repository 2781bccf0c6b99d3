package tests

import (
	"bytes"
	"fmt"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/salus-health/salus/bindings"
)

// registryCases are behaviours checked on a freshly deployed registry.
var registryCases = []struct {
	name string
	run  func(t *testing.T, e *env)
}{
	{"deploy_grantsAdminAndRegulatorRolesToRegulator", func(t *testing.T, e *env) {
		if got := must(e.registry.REGULATORROLE(e.opts())); got != regulatorRole {
			t.Errorf("REGULATOR_ROLE = %x, want keccak256(\"REGULATOR_ROLE\") = %x", got, regulatorRole)
		}
		for _, role := range []common.Hash{adminRole, regulatorRole} {
			if !must(e.registry.HasRole(e.opts(), role, regulator.addr)) {
				t.Errorf("regulator lacks role %x", role)
			}
		}
		if !must(e.registry.IsRegulator(e.opts(), regulator.addr)) {
			t.Error("isRegulator(regulator) = false, want true")
		}
		if must(e.registry.IsRegulator(e.opts(), stranger.addr)) {
			t.Error("isRegulator(stranger) = true, want false")
		}
		granted := map[common.Hash]bool{}
		for _, l := range e.deployed.Logs {
			ev, err := e.registry.ParseRoleGranted(*l)
			if err != nil {
				continue
			}
			if ev.Account != regulator.addr || ev.Sender != regulator.addr {
				t.Errorf("RoleGranted account %s sender %s, want the regulator for both", ev.Account, ev.Sender)
			}
			granted[ev.Role] = true
		}
		if len(granted) != 2 || !granted[adminRole] || !granted[regulatorRole] {
			t.Errorf("RoleGranted for roles %v, want admin and regulator", granted)
		}
	}},
	{"deploy_withZeroRegulator_reverts", func(t *testing.T, e *env) {
		_, _, _, err := bindings.DeployRegistry(transactOpts(t, e.b, regulator), e.b.Client(), common.Address{})
		assertRevert(t, decodeRevert(t, e.abi, err), "RegistryZeroAddress")
	}},

	{"license_byRegulator_storesParticipantAndEmitsParticipantLicensed", func(t *testing.T, e *env) {
		ref := common.HexToHash("0x4c4943454e53452d30303031")
		r := e.send(t, regulator, func(o *bind.TransactOpts) (*types.Transaction, error) {
			return e.registry.License(o, provider.addr, roleProvider, "St. Mary Hospital", ref, farFuture)
		})
		want := bindings.IRegistryParticipant{
			Role: roleProvider, LicensedAt: blockTime(t, e.b, r), ValidUntil: farFuture,
			LicenseRef: ref, Name: "St. Mary Hospital",
		}
		if got := must(e.registry.Participant(e.opts(), provider.addr)); got != want {
			t.Errorf("participant = %+v, want %+v", got, want)
		}
		ev := oneEvent(t, r, e.addr, e.registry.ParseParticipantLicensed)
		if ev.Account != provider.addr || ev.Role != roleProvider || ev.Name != "St. Mary Hospital" ||
			ev.LicenseRef != ref || ev.ValidUntil != farFuture {
			t.Errorf("ParticipantLicensed = %+v, want account %s role %d name %q ref %x validUntil %d",
				ev, provider.addr, roleProvider, "St. Mary Hospital", ref, farFuture)
		}
		if !must(e.registry.IsActive(e.opts(), provider.addr, roleProvider)) ||
			!must(e.registry.IsActiveParticipant(e.opts(), provider.addr)) {
			t.Error("licensed provider is not active")
		}
		if got := must(e.registry.RoleOf(e.opts(), provider.addr)); got != roleProvider {
			t.Errorf("roleOf = %d, want %d", got, roleProvider)
		}
	}},
	{"license_eachRole_recordsItsNumber", func(t *testing.T, e *env) {
		for role := roleProvider; role <= roleGovernmentPayer; role++ {
			who := newAccount(fmt.Sprintf("role/%d", role)).addr
			r := e.license(t, who, role)
			if ev := oneEvent(t, r, e.addr, e.registry.ParseParticipantLicensed); ev.Role != role {
				t.Errorf("ParticipantLicensed role = %d, want %d", ev.Role, role)
			}
			if got := must(e.registry.RoleOf(e.opts(), who)); got != role {
				t.Errorf("roleOf = %d, want %d", got, role)
			}
			if !must(e.registry.IsActive(e.opts(), who, role)) {
				t.Errorf("isActive(role %d) = false, want true", role)
			}
		}
	}},
	{"license_again_renewsAndEmitsParticipantLicensed", func(t *testing.T, e *env) {
		e.license(t, provider.addr, roleProvider)
		ref := common.Hash{0x02}
		until := farFuture + 365*24*3600
		r := e.send(t, regulator, func(o *bind.TransactOpts) (*types.Transaction, error) {
			return e.registry.License(o, provider.addr, roleLab, "Renamed Lab", ref, until)
		})
		want := bindings.IRegistryParticipant{
			Role: roleLab, LicensedAt: blockTime(t, e.b, r), ValidUntil: until, LicenseRef: ref, Name: "Renamed Lab",
		}
		if got := must(e.registry.Participant(e.opts(), provider.addr)); got != want {
			t.Errorf("participant = %+v, want %+v", got, want)
		}
		ev := oneEvent(t, r, e.addr, e.registry.ParseParticipantLicensed)
		if ev.Account != provider.addr || ev.Role != roleLab || ev.Name != "Renamed Lab" || ev.LicenseRef != ref || ev.ValidUntil != until {
			t.Errorf("ParticipantLicensed = %+v, want the renewed license", ev)
		}
		if must(e.registry.IsActive(e.opts(), provider.addr, roleProvider)) {
			t.Error("isActive(old role) = true after the role changed")
		}
	}},
	{"license_ofSuspendedParticipant_keepsSuspension", func(t *testing.T, e *env) {
		e.license(t, provider.addr, roleProvider)
		e.suspend(t, provider.addr)
		e.license(t, provider.addr, roleProvider)
		if !must(e.registry.Participant(e.opts(), provider.addr)).Suspended {
			t.Error("renewal lifted the suspension")
		}
		if must(e.registry.IsActiveParticipant(e.opts(), provider.addr)) {
			t.Error("suspended participant is active after renewal")
		}
	}},
	{"license_withValidUntilAtLatestBlockTime_reverts", func(t *testing.T, e *env) {
		head, err := e.b.Client().HeaderByNumber(t.Context(), nil)
		if err != nil {
			t.Fatal(err)
		}
		got := e.revert(t, regulator, func(o *bind.TransactOpts) (*types.Transaction, error) {
			return e.registry.License(o, patient.addr, roleProvider, "Clinic", common.Hash{}, head.Time)
		})
		assertRevert(t, got, "RegistryInvalidValidity", head.Time)
	}},
	{"license_pastValidUntil_deactivatesParticipantAndItsDevices", func(t *testing.T, e *env) {
		e.license(t, provider.addr, roleProvider)
		e.registerDevice(t, device.addr, provider.addr)
		// Renew for a 2 s window: short enough for the wall-clock Clique chain.
		until := chainNow(t, e.b) + 2
		r := e.send(t, regulator, func(o *bind.TransactOpts) (*types.Transaction, error) {
			return e.registry.License(o, provider.addr, roleProvider, "Clinic", common.Hash{}, until)
		})
		if mined := blockTime(t, e.b, r); mined > until {
			t.Fatalf("renewal mined at %d, after its validity end %d", mined, until)
		}
		if !must(e.registry.IsActive(e.opts(), provider.addr, roleProvider)) {
			t.Fatal("provider inactive inside its validity window")
		}

		e.b.AdvanceTime(t, 3*time.Second)

		if must(e.registry.IsActive(e.opts(), provider.addr, roleProvider)) {
			t.Error("isActive = true after validUntil")
		}
		if must(e.registry.IsActiveParticipant(e.opts(), provider.addr)) {
			t.Error("isActiveParticipant = true after validUntil")
		}
		if must(e.registry.IsActiveDevice(e.opts(), device.addr)) {
			t.Error("isActiveDevice = true while its owner's license has expired")
		}
		if got := must(e.registry.RoleOf(e.opts(), provider.addr)); got != roleProvider {
			t.Errorf("roleOf = %d after expiry, want %d (the record stays)", got, roleProvider)
		}
		got := e.revert(t, regulator, registerDeviceCall(newDevice, provider.addr)(t, e))
		assertRevert(t, got, "RegistryNotLicensed", provider.addr)

		e.license(t, provider.addr, roleProvider)
		if !must(e.registry.IsActive(e.opts(), provider.addr, roleProvider)) ||
			!must(e.registry.IsActiveDevice(e.opts(), device.addr)) {
			t.Error("renewal did not reactivate the provider and its device")
		}
	}},

	{"suspend_byRegulator_suspendsAndEmitsParticipantSuspended", func(t *testing.T, e *env) {
		e.license(t, provider.addr, roleProvider)
		e.registerDevice(t, device.addr, provider.addr)
		reason := common.HexToHash("0x4155444954")
		r := e.send(t, regulator, func(o *bind.TransactOpts) (*types.Transaction, error) {
			return e.registry.Suspend(o, provider.addr, reason)
		})
		ev := oneEvent(t, r, e.addr, e.registry.ParseParticipantSuspended)
		if ev.Account != provider.addr || ev.ReasonCode != reason {
			t.Errorf("ParticipantSuspended = %+v, want account %s reason %x", ev, provider.addr, reason)
		}
		p := must(e.registry.Participant(e.opts(), provider.addr))
		if !p.Suspended || p.Role != roleProvider {
			t.Errorf("participant = %+v, want suspended provider", p)
		}
		if must(e.registry.IsActive(e.opts(), provider.addr, roleProvider)) ||
			must(e.registry.IsActiveParticipant(e.opts(), provider.addr)) {
			t.Error("suspended provider is active")
		}
		if must(e.registry.IsActiveDevice(e.opts(), device.addr)) {
			t.Error("device of a suspended owner is active")
		}
	}},
	{"reinstate_byRegulator_reinstatesAndEmitsParticipantReinstated", func(t *testing.T, e *env) {
		e.license(t, provider.addr, roleProvider)
		e.suspend(t, provider.addr)
		r := e.send(t, regulator, reinstateCall(provider.addr)(t, e))
		if ev := oneEvent(t, r, e.addr, e.registry.ParseParticipantReinstated); ev.Account != provider.addr {
			t.Errorf("ParticipantReinstated account %s, want %s", ev.Account, provider.addr)
		}
		if must(e.registry.Participant(e.opts(), provider.addr)).Suspended {
			t.Error("still suspended after reinstate")
		}
		if !must(e.registry.IsActive(e.opts(), provider.addr, roleProvider)) {
			t.Error("reinstated provider is not active")
		}
	}},

	{"registerEncryptionKey_byPatient_storesKeyAndEmitsEncryptionKeyRegistered", func(t *testing.T, e *env) {
		k := newEncryptionKey("patient")
		r := e.send(t, patient, e.registerKey(k.pub, e.keyProof(t, patient.addr, k)))
		ev := oneEvent(t, r, e.addr, e.registry.ParseEncryptionKeyRegistered)
		if ev.Account != patient.addr || !bytes.Equal(ev.PublicKey, k.pub) {
			t.Errorf("EncryptionKeyRegistered = %s %x, want %s %x", ev.Account, ev.PublicKey, patient.addr, k.pub)
		}
		if got := must(e.registry.EncryptionKey(e.opts(), patient.addr)); !bytes.Equal(got, k.pub) {
			t.Errorf("encryptionKey = %x, want %x", got, k.pub)
		}
	}},
	{"registerEncryptionKey_again_replacesKey", func(t *testing.T, e *env) {
		first, second := newEncryptionKey("patient"), newEncryptionKey("patient/rotated")
		e.send(t, patient, e.registerKey(first.pub, e.keyProof(t, patient.addr, first)))
		r := e.send(t, patient, e.registerKey(second.pub, e.keyProof(t, patient.addr, second)))
		if ev := oneEvent(t, r, e.addr, e.registry.ParseEncryptionKeyRegistered); !bytes.Equal(ev.PublicKey, second.pub) {
			t.Errorf("EncryptionKeyRegistered key %x, want %x", ev.PublicKey, second.pub)
		}
		if got := must(e.registry.EncryptionKey(e.opts(), patient.addr)); !bytes.Equal(got, second.pub) {
			t.Errorf("encryptionKey = %x, want the replacement %x", got, second.pub)
		}
	}},
	{"encryptionKeyDigest_matchesEIP712TypedDataHash", func(t *testing.T, e *env) {
		k := newEncryptionKey("patient")
		hash := crypto.Keccak256Hash(k.pub)
		got := must(e.registry.EncryptionKeyDigest(e.opts(), patient.addr, hash))
		if want := e.eip712Digest(t, patient.addr, k.pub); !bytes.Equal(got[:], want) {
			t.Errorf("encryptionKeyDigest = %x, want EIP-712 hash %x", got, want)
		}
		domain := must(e.registry.Eip712Domain(e.opts()))
		if domain.Name != "Salus Registry" || domain.Version != "1" || domain.VerifyingContract != e.addr {
			t.Errorf("eip712Domain = %q %q %s, want \"Salus Registry\" \"1\" %s", domain.Name, domain.Version, domain.VerifyingContract, e.addr)
		}
	}},

	{"registerDevice_byRegulator_bindsAndEmitsDeviceRegistered", func(t *testing.T, e *env) {
		e.license(t, provider.addr, roleProvider)
		ref := common.HexToHash("0x53454e534f522d3432")
		r := e.send(t, regulator, func(o *bind.TransactOpts) (*types.Transaction, error) {
			return e.registry.RegisterDevice(o, device.addr, provider.addr, ref)
		})
		ev := oneEvent(t, r, e.addr, e.registry.ParseDeviceRegistered)
		if ev.Device != device.addr || ev.Owner != provider.addr || ev.DeviceRef != ref {
			t.Errorf("DeviceRegistered = %+v, want device %s owner %s ref %x", ev, device.addr, provider.addr, ref)
		}
		if got := must(e.registry.DeviceOwner(e.opts(), device.addr)); got != provider.addr {
			t.Errorf("deviceOwner = %s, want %s", got, provider.addr)
		}
		if !must(e.registry.IsActiveDevice(e.opts(), device.addr)) {
			t.Error("isActiveDevice = false, want true")
		}
	}},
	{"deregisterDevice_byOwner_unbindsAndEmitsDeviceDeregistered", func(t *testing.T, e *env) {
		e.license(t, provider.addr, roleProvider)
		e.registerDevice(t, device.addr, provider.addr)
		checkDeregistered(t, e, e.send(t, provider, deregisterDeviceCall(device.addr)(t, e)))
	}},
	{"deregisterDevice_byRegulator_unbindsAndEmitsDeviceDeregistered", func(t *testing.T, e *env) {
		e.license(t, provider.addr, roleProvider)
		e.registerDevice(t, device.addr, provider.addr)
		checkDeregistered(t, e, e.send(t, regulator, deregisterDeviceCall(device.addr)(t, e)))
	}},
	{"deregisterDevice_bySuspendedOwner_unbinds", func(t *testing.T, e *env) {
		e.license(t, provider.addr, roleProvider)
		e.registerDevice(t, device.addr, provider.addr)
		e.suspend(t, provider.addr)
		checkDeregistered(t, e, e.send(t, provider, deregisterDeviceCall(device.addr)(t, e)))
	}},

	{"grantRole_byAdmin_letsNewRegulatorLicense", func(t *testing.T, e *env) {
		r := e.send(t, regulator, grantRoleCall(regulatorRole, lab.addr)(t, e))
		ev := oneEvent(t, r, e.addr, e.registry.ParseRoleGranted)
		if ev.Role != regulatorRole || ev.Account != lab.addr || ev.Sender != regulator.addr {
			t.Errorf("RoleGranted = %x %s %s, want regulator role for %s by %s", ev.Role, ev.Account, ev.Sender, lab.addr, regulator.addr)
		}
		if !must(e.registry.IsRegulator(e.opts(), lab.addr)) {
			t.Fatal("isRegulator = false after grant")
		}
		e.send(t, lab, licenseCall(patient.addr, roleResearch, "Research Institute", farFuture)(t, e))
	}},
	{"revokeRole_byAdmin_removesRegulator", func(t *testing.T, e *env) {
		e.send(t, regulator, grantRoleCall(regulatorRole, lab.addr)(t, e))
		r := e.send(t, regulator, revokeRoleCall(regulatorRole, lab.addr)(t, e))
		ev := oneEvent(t, r, e.addr, e.registry.ParseRoleRevoked)
		if ev.Role != regulatorRole || ev.Account != lab.addr || ev.Sender != regulator.addr {
			t.Errorf("RoleRevoked = %x %s %s, want regulator role of %s by %s", ev.Role, ev.Account, ev.Sender, lab.addr, regulator.addr)
		}
		got := e.revert(t, lab, licenseCall(patient.addr, roleResearch, "Research Institute", farFuture)(t, e))
		assertRevert(t, got, "AccessControlUnauthorizedAccount", lab.addr, [32]byte(regulatorRole))
	}},
	{"renounceRole_byRegulator_dropsOwnRegulatorRole", func(t *testing.T, e *env) {
		r := e.send(t, regulator, renounceRoleCall(regulatorRole, regulator.addr)(t, e))
		ev := oneEvent(t, r, e.addr, e.registry.ParseRoleRevoked)
		if ev.Role != regulatorRole || ev.Account != regulator.addr || ev.Sender != regulator.addr {
			t.Errorf("RoleRevoked = %x %s %s, want regulator role of and by %s", ev.Role, ev.Account, ev.Sender, regulator.addr)
		}
		if must(e.registry.IsRegulator(e.opts(), regulator.addr)) {
			t.Error("isRegulator = true after renouncing")
		}
		got := e.revert(t, regulator, licenseCall(patient.addr, roleProvider, "Clinic", farFuture)(t, e))
		assertRevert(t, got, "AccessControlUnauthorizedAccount", regulator.addr, [32]byte(regulatorRole))
	}},

	{"views_ofUnknownAccount_areEmpty", func(t *testing.T, e *env) {
		if got := must(e.registry.Participant(e.opts(), stranger.addr)); got != (bindings.IRegistryParticipant{}) {
			t.Errorf("participant = %+v, want zero", got)
		}
		if got := must(e.registry.RoleOf(e.opts(), stranger.addr)); got != roleNone {
			t.Errorf("roleOf = %d, want 0", got)
		}
		if must(e.registry.IsActive(e.opts(), stranger.addr, roleNone)) ||
			must(e.registry.IsActiveParticipant(e.opts(), stranger.addr)) {
			t.Error("unknown account is active")
		}
		if got := must(e.registry.EncryptionKey(e.opts(), stranger.addr)); len(got) != 0 {
			t.Errorf("encryptionKey = %x, want empty", got)
		}
		if got := must(e.registry.DeviceOwner(e.opts(), stranger.addr)); got != (common.Address{}) {
			t.Errorf("deviceOwner = %s, want zero", got)
		}
		if must(e.registry.IsActiveDevice(e.opts(), stranger.addr)) {
			t.Error("unknown device is active")
		}
	}},
	{"isActive_withRoleNoneOrAnotherRole_isFalse", func(t *testing.T, e *env) {
		e.license(t, provider.addr, roleProvider)
		for _, role := range []uint8{roleNone, roleLab, rolePharmacy, roleGovernmentPayer} {
			if must(e.registry.IsActive(e.opts(), provider.addr, role)) {
				t.Errorf("isActive(provider, %d) = true, want false", role)
			}
		}
	}},
}

// checkDeregistered asserts the device was unbound from provider by r.
func checkDeregistered(t *testing.T, e *env, r *types.Receipt) {
	t.Helper()
	ev := oneEvent(t, r, e.addr, e.registry.ParseDeviceDeregistered)
	if ev.Device != device.addr || ev.Owner != provider.addr {
		t.Errorf("DeviceDeregistered = %s %s, want %s %s", ev.Device, ev.Owner, device.addr, provider.addr)
	}
	if got := must(e.registry.DeviceOwner(e.opts(), device.addr)); got != (common.Address{}) {
		t.Errorf("deviceOwner = %s after deregistration, want zero", got)
	}
	if must(e.registry.IsActiveDevice(e.opts(), device.addr)) {
		t.Error("isActiveDevice = true after deregistration")
	}
}
