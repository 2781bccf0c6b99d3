package api

import (
	"errors"
	"fmt"
	"net/http"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/gin-gonic/gin"

	"github.com/salus-health/salus/indexer/query"
	"github.com/salus-health/salus/indexer/store"
)

// Handlers of the routes served from the indexer's tables.

func (s *Server) needIndex() (Index, error) {
	if s.index == nil {
		return nil, notConfigured("the event index (indexer queries)")
	}
	return s.index, nil
}

// indexError maps the query layer's client errors to 400 with their
// message; others get context.
func indexError(err error, what string) error {
	switch {
	case errors.Is(err, query.ErrInvalidCursor):
		return fieldError(CodeInvalidCursor, paramCursor, err.Error()+"; start again without a cursor")
	case errors.Is(err, query.ErrInvalidFilter):
		return newError(http.StatusBadRequest, CodeInvalidQuery, err.Error())
	}
	return fmt.Errorf("%s: %w", what, err)
}

// patientView is what the caller may see of a patient's indexed data: all
// of it (the patient, the regulator), or, for a party the chain authorises,
// the categories it may read now.
type patientView struct {
	all        bool
	reader     common.Address
	categories CategoryMask
}

// viewOfPatient authorises the caller for a patient's indexed data: the
// patient, the regulator, or a party with access to at least one category
// at the chain's latest block (an unexpired grant or an open emergency
// access); anyone else gets 403.
func (s *Server) viewOfPatient(c *gin.Context, ix Index, patient common.Address) (patientView, error) {
	me := principal(c).Account
	if me == patient {
		return patientView{all: true, reader: me}, nil
	}
	ctx := c.Request.Context()
	reg, err := s.registry.IsRegulator(ctx, me)
	if err != nil {
		return patientView{}, fmt.Errorf("is regulator: %w", err)
	}
	if reg {
		return patientView{all: true, reader: me}, nil
	}
	mask, err := ix.ReadableCategories(ctx, me, patient)
	if err != nil {
		return patientView{}, fmt.Errorf("access of %s to %s: %w", me.Hex(), patient.Hex(), err)
	}
	if mask == 0 {
		return patientView{}, &Error{Status: http.StatusForbidden, Code: CodeForbidden,
			Message: "only the patient " + patient.Hex() + ", the regulator and parties the patient granted access to (or with open emergency access) may see this, and " +
				me.Hex() + " has no access now",
			Details: map[string]any{"account": me.Hex()}}
	}
	return patientView{reader: me, categories: mask}, nil
}

// shows reports whether a partial view includes a timeline item: records
// of the categories the reader may read, prescriptions with the
// prescriptions category, policies and claims with the insurance category,
// and grants and emergency accesses of the reader itself.
func (v patientView) shows(it query.TimelineItem) bool {
	if v.all {
		return true
	}
	me := addrString(v.reader)
	switch {
	case it.Record != nil:
		return v.categories.Has(Category(it.Record.Category))
	case it.Grant != nil:
		return it.Grant.Grantee == me
	case it.EmergencyAccess != nil:
		return it.EmergencyAccess.Provider == me
	case it.Prescription != nil || it.Fill != nil || it.Cancellation != nil:
		return v.categories.Has(CategoryPrescriptions)
	case it.Policy != nil || it.Claim != nil || it.ClaimStatus != nil:
		return v.categories.Has(CategoryInsurance)
	}
	return false
}

// addrString formats an address as the index stores it.
func addrString(a common.Address) string { return "0x" + common.Bytes2Hex(a[:]) }

func (s *Server) getPatientTimeline(c *gin.Context) (any, error) {
	ix, err := s.needIndex()
	if err != nil {
		return nil, err
	}
	patient, err := parseAddress(fieldAddress, c.Param(fieldAddress))
	if err != nil {
		return nil, err
	}
	v, page, err := decodeIndexQuery(c.Request.URL.RawQuery, ixParamKind)
	if err != nil {
		return nil, err
	}
	kinds, err := decodeKinds(v, query.TimelineKinds())
	if err != nil {
		return nil, err
	}
	view, err := s.viewOfPatient(c, ix, patient)
	if err != nil {
		return nil, err
	}
	p, err := ix.PatientTimeline(c.Request.Context(), patient, query.TimelineFilter{Kinds: kinds, Since: page.since, Until: page.until,
		Limit: page.limit, Cursor: page.cursor})
	if err != nil {
		return nil, indexError(err, "timeline of "+patient.Hex())
	}
	out := indexPageResponse{Items: []indexItemResponse{}, NextCursor: p.Next}
	for _, it := range p.Items {
		if view.shows(it) {
			out.Items = append(out.Items, newTimelineItem(it))
		}
	}
	return out, nil
}

// Kinds of the audit trail: the indexed consent events and the backend's
// read audit.
const (
	auditKindRead = "read"
)

var auditTrailEventKinds = []query.AuditKind{query.AuditGrant, query.AuditRevocation, query.AuditEmergencyAccess}

// getPatientAuditTrail merges two sources into one list, newest first: the
// consent events of the index (grants, revocations, emergency accesses) and,
// for the patient and the regulator, the backend's read audit with the
// anchor batch the index saw for each entry. Each source is paged from its
// own position (the index's cursor, the last read-audit sequence number
// shown), both carried in one cursor, so no item is lost or repeated
// whatever the times of the two sources.
func (s *Server) getPatientAuditTrail(c *gin.Context) (any, error) {
	ix, err := s.needIndex()
	if err != nil {
		return nil, err
	}
	patient, err := parseAddress(fieldAddress, c.Param(fieldAddress))
	if err != nil {
		return nil, err
	}
	v, page, err := decodeIndexQuery(c.Request.URL.RawQuery, ixParamKind)
	if err != nil {
		return nil, err
	}
	kinds, err := decodeKinds(v, append(slices.Clone(auditTrailEventKinds), auditKindRead))
	if err != nil {
		return nil, err
	}
	cur, err := decodeAuditTrailCursor(page.cursor)
	if err != nil {
		return nil, err
	}
	view, err := s.viewOfPatient(c, ix, patient)
	if err != nil {
		return nil, err
	}
	me := principal(c).Account
	eventKinds, askedReads := auditTrailEventKinds, len(kinds) == 0
	if len(kinds) > 0 {
		eventKinds = nil
		for _, k := range kinds {
			if k == auditKindRead {
				askedReads = true
			} else {
				eventKinds = append(eventKinds, k)
			}
		}
	}
	reads, _ := s.records.(ReadAudit)
	withReads := askedReads && view.all && reads != nil
	if askedReads && len(kinds) > 0 { // read asked for by name
		if !view.all {
			return nil, &Error{Status: http.StatusForbidden, Code: CodeForbidden,
				Message: "who read the patient's records is shown to the patient " + patient.Hex() + " and the regulator only",
				Details: map[string]any{"account": me.Hex()}}
		}
		if reads == nil {
			return nil, notConfigured("the record service (the read audit)")
		}
	}
	ctx := c.Request.Context()

	var events query.AuditPage
	fetchEvents := len(eventKinds) > 0 && !cur.eventsDone
	filter := query.AuditFilter{Patient: patient, Kinds: eventKinds, Since: page.since, Until: page.until, Limit: page.limit, Cursor: cur.events}
	if !view.all {
		filter.Actor = view.reader // a grantee sees its own grants and accesses
	}
	if fetchEvents {
		if events, err = ix.AuditTrail(ctx, filter); err != nil {
			return nil, indexError(err, "audit trail of "+patient.Hex())
		}
	}
	var rp AuditPage
	fetchReads := withReads && !cur.readsDone
	if fetchReads {
		rp, err = reads.ReadAuditTrail(ctx, me, ReadAuditQuery{Patient: patient, Regulator: view.all && me != patient,
			Before: cur.before, Since: page.since, Until: page.until, Limit: page.limit})
		if err != nil {
			return nil, fmt.Errorf("read audit of %s: %w", patient.Hex(), err)
		}
		if len(rp.Entries) > page.limit {
			return nil, fmt.Errorf("read audit of %s: the service returned %d entries for a limit of %d", patient.Hex(), len(rp.Entries), page.limit)
		}
	}
	anchors, err := s.anchorsOf(c, ix, rp.Entries)
	if err != nil {
		return nil, err
	}

	// Merge newest first; an event goes before a read of the same second.
	out := auditTrailPageResponse{Items: []auditTrailItemResponse{}}
	i, j := 0, 0
	for len(out.Items) < page.limit && (i < len(events.Items) || j < len(rp.Entries)) {
		if j >= len(rp.Entries) || (i < len(events.Items) && !events.Items[i].Position.BlockTime.Before(rp.Entries[j].At)) {
			out.Items = append(out.Items, newAuditTrailItem(events.Items[i]))
			i++
		} else {
			out.Items = append(out.Items, newReadAuditItem(rp.Entries[j], anchors))
			j++
		}
	}

	next := auditTrailCursor{events: cur.events, before: cur.before}
	switch {
	case !fetchEvents:
		next.eventsDone = true
	case i == len(events.Items):
		next.events, next.eventsDone = events.Next, events.Next == ""
	case i > 0:
		// Part of the index's page was shown: continue after its last.
		next.events = query.AuditCursorAfter(events.Items[i-1])
	}
	switch {
	case !fetchReads:
		next.readsDone = true
	case j == len(rp.Entries):
		next.readsDone = rp.Next == nil
		if rp.Next != nil {
			next.before = *rp.Next
		}
	case j > 0:
		next.before = rp.Entries[j-1].Seq
	}
	if !next.eventsDone || !next.readsDone {
		out.NextCursor = next.encode()
	}
	return out, nil
}

// anchorsOf returns the anchored batches, as the index saw them, that hold
// the entries.
func (s *Server) anchorsOf(c *gin.Context, ix Index, entries []AuditEntry) ([]store.AuditAnchor, error) {
	if len(entries) == 0 {
		return nil, nil
	}
	seqs := make([]uint64, len(entries))
	for i, e := range entries {
		seqs[i] = e.Seq
	}
	anchors, err := ix.AnchorsHolding(c.Request.Context(), seqs)
	if err != nil {
		return nil, indexError(err, "anchors of the read audit")
	}
	return anchors, nil
}

func (s *Server) listPatientClaims(c *gin.Context) (any, error) {
	ix, err := s.needIndex()
	if err != nil {
		return nil, err
	}
	patient, err := parseAddress(fieldAddress, c.Param(fieldAddress))
	if err != nil {
		return nil, err
	}
	v, page, err := decodeIndexQuery(c.Request.URL.RawQuery, ixParamStatus)
	if err != nil {
		return nil, err
	}
	status, err := decodeClaimStatus(v)
	if err != nil {
		return nil, err
	}
	view, err := s.viewOfPatient(c, ix, patient)
	if err != nil {
		return nil, err
	}
	if !view.all && !view.categories.Has(CategoryInsurance) {
		return nil, &Error{Status: http.StatusForbidden, Code: CodeForbidden,
			Message: "claims are insurance data: the patient's grant to you does not include the insurance category",
			Details: map[string]any{"account": view.reader.Hex()}}
	}
	p, err := ix.Claims(c.Request.Context(), query.ClaimFilter{Patient: patient, Status: status, Since: page.since, Until: page.until,
		Limit: page.limit, Cursor: page.cursor})
	if err != nil {
		return nil, indexError(err, "claims of "+patient.Hex())
	}
	return newClaimIndexList(p), nil
}

func (s *Server) listIndexedClaims(c *gin.Context) (any, error) {
	ix, err := s.needIndex()
	if err != nil {
		return nil, err
	}
	v, page, err := decodeIndexQuery(c.Request.URL.RawQuery, ixParamStatus, ixParamInsurer, ixParamProvider)
	if err != nil {
		return nil, err
	}
	status, err := decodeClaimStatus(v)
	if err != nil {
		return nil, err
	}
	insurer, err := optionalAddress(v, ixParamInsurer)
	if err != nil {
		return nil, err
	}
	provider, err := optionalAddress(v, ixParamProvider)
	if err != nil {
		return nil, err
	}
	if err := s.requirePartyOrRegulator(c, "claims are listed to the insurer or provider concerned and to the regulator: set insurer or provider to your account "+
		principal(c).Account.Hex(), insurer, provider); err != nil {
		return nil, err
	}
	p, err := ix.Claims(c.Request.Context(), query.ClaimFilter{Status: status, Insurer: insurer, Provider: provider,
		Since: page.since, Until: page.until, Limit: page.limit, Cursor: page.cursor})
	if err != nil {
		return nil, indexError(err, "list claims")
	}
	return newClaimIndexList(p), nil
}

// supplyChainRoles may read batch histories (besides the regulator).
var supplyChainRoles = map[Role]bool{RoleManufacturer: true, RoleDistributor: true, RolePharmacy: true, RoleProvider: true}

func (s *Server) getBatchHistory(c *gin.Context) (any, error) {
	ix, err := s.needIndex()
	if err != nil {
		return nil, err
	}
	id, err := parsePathBatchID(c.Param(fieldBatchID))
	if err != nil {
		return nil, err
	}
	v, page, err := decodeIndexQuery(c.Request.URL.RawQuery, ixParamKind, ixParamOrder)
	if err != nil {
		return nil, err
	}
	kinds, err := decodeKinds(v, append(query.BatchKinds(), query.BatchReading))
	if err != nil {
		return nil, err
	}
	newest, err := decodeOrder(v, false)
	if err != nil {
		return nil, err
	}
	if err := s.requireRole(c, supplyChainRoles, "a drug batch's history is shown to supply-chain participants (manufacturers, distributors, pharmacies, providers) and the regulator"); err != nil {
		return nil, err
	}
	p, err := ix.BatchHistory(c.Request.Context(), common.Hash(id), query.BatchFilter{Kinds: kinds, Since: page.since, Until: page.until,
		NewestFirst: newest, Limit: page.limit, Cursor: page.cursor})
	if err != nil {
		return nil, indexError(err, "history of batch "+common.Hash(id).Hex())
	}
	out := indexPageResponse{Items: make([]indexItemResponse, len(p.Items)), NextCursor: p.Next}
	for i, it := range p.Items {
		out.Items[i] = newBatchHistoryItem(it)
	}
	return out, nil
}

// listRecallNotices lists the recalls of every batch the participant ever
// held (the manufacturer and each receiver of an accepted hand-over), for
// that participant and the regulator: the chain emits one BatchRecalled
// event per recall, and the index fans it out to every holder.
func (s *Server) listRecallNotices(c *gin.Context) (any, error) {
	ix, err := s.needIndex()
	if err != nil {
		return nil, err
	}
	holder, err := parseAddress(fieldAddress, c.Param(fieldAddress))
	if err != nil {
		return nil, err
	}
	v, err := decodeQuery(c.Request.URL.RawQuery, paramCursor, paramLimit)
	if err != nil {
		return nil, err
	}
	page, err := decodePage(v)
	if err != nil {
		return nil, err
	}
	if err := s.requirePartyOrRegulator(c, "a participant's recall notices are shown to that participant and the regulator; you are signed in as "+
		principal(c).Account.Hex(), holder); err != nil {
		return nil, err
	}
	p, err := ix.RecallNotices(c.Request.Context(), holder, page.limit, page.cursor)
	if err != nil {
		return nil, indexError(err, "recall notices of "+holder.Hex())
	}
	out := indexPageResponse{Items: make([]indexItemResponse, len(p.Items)), NextCursor: p.Next}
	for i := range p.Items {
		n := &p.Items[i]
		out.Items[i] = indexItemResponse{Kind: "recall_notice", Position: newIndexPosition(positionOfEvent(&n.Event)), Details: rowDetails(n)}
	}
	return out, nil
}

// requireRole lets the regulator and active participants of the given roles
// through; others get 403 with why.
func (s *Server) requireRole(c *gin.Context, roles map[Role]bool, why string) error {
	me := principal(c).Account
	ctx := c.Request.Context()
	reg, err := s.registry.IsRegulator(ctx, me)
	if err != nil {
		return fmt.Errorf("is regulator: %w", err)
	}
	if reg {
		return nil
	}
	p, err := s.registry.Participant(ctx, me)
	if err != nil && !errors.Is(err, ErrNotFound) {
		return fmt.Errorf("participant %s: %w", me.Hex(), err)
	}
	if err == nil && p.Active && roles[p.Role] {
		return nil
	}
	return &Error{Status: http.StatusForbidden, Code: CodeForbidden, Message: why,
		Details: map[string]any{"account": me.Hex()}}
}

func (s *Server) getServiceContractLedger(c *gin.Context) (any, error) {
	ix, err := s.needIndex()
	if err != nil {
		return nil, err
	}
	id, err := parseContractID(c.Param("contractId"))
	if err != nil {
		return nil, err
	}
	v, page, err := decodeIndexQuery(c.Request.URL.RawQuery, ixParamKind, ixParamOrder)
	if err != nil {
		return nil, err
	}
	kinds, err := decodeKinds(v, query.LedgerKinds())
	if err != nil {
		return nil, err
	}
	newest, err := decodeOrder(v, false)
	if err != nil {
		return nil, err
	}
	ctx := c.Request.Context()
	first, err := ix.ServiceContractLedger(ctx, id, query.LedgerFilter{Kinds: []query.LedgerKind{query.LedgerProposed}, Limit: 1})
	if err != nil {
		return nil, indexError(err, fmt.Sprintf("service contract %d", id))
	}
	if len(first.Items) == 0 || first.Items[0].Proposal == nil {
		return nil, &Error{Status: http.StatusNotFound, Code: CodeNotFound,
			Message: fmt.Sprintf("the index holds no service contract %d (not proposed, or not indexed yet)", id)}
	}
	prop := first.Items[0].Proposal
	if err := s.requirePartyOrRegulator(c, fmt.Sprintf("the ledger of service contract %d is shown to its payer, its provider and the regulator", id),
		common.HexToAddress(prop.Payer), common.HexToAddress(prop.Provider)); err != nil {
		return nil, err
	}
	p, err := ix.ServiceContractLedger(ctx, id, query.LedgerFilter{Kinds: kinds, Since: page.since, Until: page.until,
		NewestFirst: newest, Limit: page.limit, Cursor: page.cursor})
	if err != nil {
		return nil, indexError(err, fmt.Sprintf("ledger of service contract %d", id))
	}
	out := indexPageResponse{Items: make([]indexItemResponse, len(p.Items)), NextCursor: p.Next}
	for i, e := range p.Items {
		out.Items[i] = newLedgerItem(e)
	}
	return out, nil
}

func (s *Server) getServiceStats(c *gin.Context) (any, error) {
	ix, err := s.needIndex()
	if err != nil {
		return nil, err
	}
	v, since, until, err := decodeStatsRange(c.Request.URL.RawQuery, ixParamPeriod, paramCode, ixParamInsurer)
	if err != nil {
		return nil, err
	}
	period, err := decodePeriod(v)
	if err != nil {
		return nil, err
	}
	code, err := decodeServiceCode(v)
	if err != nil {
		return nil, err
	}
	insurer, err := optionalAddress(v, ixParamInsurer)
	if err != nil {
		return nil, err
	}
	rows, err := ix.ServicesClaimed(c.Request.Context(), query.ServiceStatsFilter{Period: period, Since: since, Until: until, Code: code, Insurer: insurer})
	if err != nil {
		return nil, indexError(err, "services claimed")
	}
	out := serviceStatsResponse{Items: make([]serviceCountResponse, len(rows))}
	for i, r := range rows {
		out.Items[i] = serviceCountResponse{Code: r.Code, PeriodStart: periodString(r.PeriodStart), Lines: r.Lines, Quantity: r.Quantity, Allowed: r.Allowed}
	}
	return out, nil
}

func (s *Server) getPrescriptionStats(c *gin.Context) (any, error) {
	ix, err := s.needIndex()
	if err != nil {
		return nil, err
	}
	v, since, until, err := decodeStatsRange(c.Request.URL.RawQuery, ixParamPeriod, ixParamMedication)
	if err != nil {
		return nil, err
	}
	period, err := decodePeriod(v)
	if err != nil {
		return nil, err
	}
	med, err := decodeMedication(v)
	if err != nil {
		return nil, err
	}
	rows, err := ix.PrescriptionsPerMedication(c.Request.Context(), query.StatsFilter{Period: period, Since: since, Until: until, Medication: med})
	if err != nil {
		return nil, indexError(err, "prescriptions per medication")
	}
	out := prescriptionStatsResponse{Items: make([]medicationCountResponse, len(rows))}
	for i, r := range rows {
		out.Items[i] = medicationCountResponse{Medication: r.Medication, PeriodStart: periodString(r.PeriodStart), Prescriptions: r.Prescriptions}
	}
	return out, nil
}

func (s *Server) getExcursionStats(c *gin.Context) (any, error) {
	ix, err := s.needIndex()
	if err != nil {
		return nil, err
	}
	v, since, until, err := decodeStatsRange(c.Request.URL.RawQuery, paramHolder)
	if err != nil {
		return nil, err
	}
	holder, err := optionalAddress(v, paramHolder)
	if err != nil {
		return nil, err
	}
	rows, err := ix.ExcursionsPerHolder(c.Request.Context(), query.HolderStatsFilter{Since: since, Until: until, Holder: holder})
	if err != nil {
		return nil, indexError(err, "excursions per holder")
	}
	out := excursionStatsResponse{Items: make([]holderExcursionsResponse, len(rows))}
	for i, r := range rows {
		out.Items[i] = holderExcursionsResponse{Holder: checksum(r.Holder), Excursions: r.Excursions, Penalties: r.Penalties}
	}
	return out, nil
}

func (s *Server) getSettlementStats(c *gin.Context) (any, error) {
	ix, err := s.needIndex()
	if err != nil {
		return nil, err
	}
	_, since, until, err := decodeStatsRange(c.Request.URL.RawQuery)
	if err != nil {
		return nil, err
	}
	t, err := ix.SettlementTotals(c.Request.Context(), query.SettlementFilter{Since: since, Until: until})
	if err != nil {
		return nil, indexError(err, "settlement totals")
	}
	out := settlementStatsResponse{Insurers: make([]insurerSettlementResponse, len(t.Insurers)), Payers: make([]payerSettlementResponse, len(t.Payers))}
	for i, r := range t.Insurers {
		out.Insurers[i] = insurerSettlementResponse{Insurer: checksum(r.Insurer), ClaimsPaid: r.ClaimsPaid, AmountPaid: r.AmountPaid,
			Deposited: r.Deposited, Withdrawn: r.Withdrawn}
	}
	for i, r := range t.Payers {
		out.Payers[i] = payerSettlementResponse{Payer: checksum(r.Payer), Payments: r.Payments, AmountPaid: r.AmountPaid,
			Funded: r.Funded, Refunded: r.Refunded}
	}
	return out, nil
}

func (s *Server) getIndexerStatus(c *gin.Context) (any, error) {
	ix, err := s.needIndex()
	if err != nil {
		return nil, err
	}
	if _, err := decodeQuery(c.Request.URL.RawQuery); err != nil {
		return nil, err
	}
	st, err := ix.Status(c.Request.Context())
	if err != nil {
		return nil, fmt.Errorf("indexer status: %w", err)
	}
	return newIndexStatus(st), nil
}
