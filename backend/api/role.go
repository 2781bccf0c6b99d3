package api

import "strconv"

// Role is a participant role as numbered by the Registry contract.
type Role uint8

// Roles of the Registry contract. The regulator administers the Registry and is not
// a licensed role.
const (
	RoleProvider        Role = 1
	RoleLab             Role = 2
	RolePharmacy        Role = 3
	RoleManufacturer    Role = 4
	RoleDistributor     Role = 5
	RoleInsurer         Role = 6
	RoleResearch        Role = 7
	RoleGovernmentPayer Role = 8
)

var roleNames = [...]string{
	RoleProvider:        "provider",
	RoleLab:             "lab",
	RolePharmacy:        "pharmacy",
	RoleManufacturer:    "manufacturer",
	RoleDistributor:     "distributor",
	RoleInsurer:         "insurer",
	RoleResearch:        "research",
	RoleGovernmentPayer: "government_payer",
}

// RoleNames returns the API names of all roles, in contract order.
func RoleNames() []string {
	return append([]string(nil), roleNames[1:]...)
}

// Valid reports whether r is one of the defined roles.
func (r Role) Valid() bool { return r >= RoleProvider && r <= RoleGovernmentPayer }

// String returns the API name of r ("provider", ..., "government_payer"), or
// "role(N)" for an undefined value.
func (r Role) String() string {
	if r.Valid() {
		return roleNames[r]
	}
	return "role(" + strconv.Itoa(int(r)) + ")"
}

// ParseRole returns the role with the given API name. Names are lower case.
func ParseRole(name string) (Role, bool) {
	for r := RoleProvider; r <= RoleGovernmentPayer; r++ {
		if roleNames[r] == name {
			return r, true
		}
	}
	return 0, false
}
