package records

import (
	"context"
	"errors"
	"time"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"
)

// content is what the backend keeps beside an encrypted version, keyed by the
// CID of its ciphertext: nothing of the medical content itself.
type content struct {
	// CID of the ciphertext (string form, CIDv1 base32).
	CID string `gorm:"column:cid;primaryKey;size:128"`
	// Patient is the lower-case hex address the content belongs to.
	Patient string `gorm:"size:42;not null;index"`
	// Category index.
	Category uint8 `gorm:"not null"`
	// MediaType of the plaintext.
	MediaType string `gorm:"size:255;not null"`
	// Size of the plaintext in bytes.
	Size int64 `gorm:"not null"`
	// ErasedAt is set when the patient had every key destroyed.
	ErasedAt  *time.Time
	CreatedAt time.Time `gorm:"not null"`
}

func (content) TableName() string { return "record_contents" }

// wrappedKey is a version's data key encrypted to one recipient's public key.
// Deleting every row of a CID makes its ciphertext unreadable for good.
type wrappedKey struct {
	CID string `gorm:"column:cid;primaryKey;size:128"`
	// Recipient is the lower-case hex address of the key holder; the key
	// service's own address for its custody copy.
	Recipient string `gorm:"primaryKey;size:42"`
	// RecipientKey is the public key (64 bytes) the data key is wrapped to;
	// a release re-wraps when the recipient registered another key since.
	RecipientKey []byte `gorm:"not null"`
	Wrapped      []byte `gorm:"not null"`
	CreatedAt    time.Time
}

func (wrappedKey) TableName() string { return "record_keys" }

// auditEntry is one key release or decrypted read.
type auditEntry struct {
	Seq      uint64    `gorm:"primaryKey;autoIncrement;index:idx_audit_patient_seq,priority:2"`
	At       time.Time `gorm:"not null"`
	Actor    string    `gorm:"size:42;not null;index"`
	Patient  string    `gorm:"size:42;not null;index:idx_audit_patient_seq,priority:1"`
	RecordID uint64    `gorm:"not null"`
	Category uint8     `gorm:"not null"`
	Purpose  uint8     `gorm:"not null"`
	Action   string    `gorm:"size:16;not null"`
	// Batch is the anchored batch index; NULL until anchored.
	Batch *uint64 `gorm:"index"`
}

func (auditEntry) TableName() string { return "audit_entries" }

// store is the record service's database access. Every method takes ctx.
type store struct{ db *gorm.DB }

func newStore(ctx context.Context, db *gorm.DB) (*store, error) {
	if err := db.WithContext(ctx).AutoMigrate(&content{}, &wrappedKey{}, &auditEntry{}); err != nil {
		return nil, err
	}
	return &store{db: db}, nil
}

// saveContent records a new version's metadata and wrapped keys in one
// transaction.
func (s *store) saveContent(ctx context.Context, c *content, keys []wrappedKey) error {
	return s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		if err := tx.Create(c).Error; err != nil {
			return err
		}
		return tx.Create(&keys).Error
	})
}

// dropContent removes what saveContent wrote (the anchor failed).
func (s *store) dropContent(ctx context.Context, cid string) error {
	return s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		if err := tx.Where("cid = ?", cid).Delete(&wrappedKey{}).Error; err != nil {
			return err
		}
		return tx.Where("cid = ?", cid).Delete(&content{}).Error
	})
}

func (s *store) content(ctx context.Context, cid string) (*content, error) {
	var c content
	err := s.db.WithContext(ctx).Where("cid = ?", cid).Take(&c).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return nil, nil
	}
	return &c, err
}

func (s *store) contents(ctx context.Context, cids []string) (map[string]content, error) {
	out := make(map[string]content, len(cids))
	if len(cids) == 0 {
		return out, nil
	}
	var rows []content
	// Batches of 500 stay under SQLite's and PostgreSQL's parameter limits.
	for start := 0; start < len(cids); start += 500 {
		end := min(start+500, len(cids))
		rows = rows[:0]
		if err := s.db.WithContext(ctx).Where("cid IN ?", cids[start:end]).Find(&rows).Error; err != nil {
			return nil, err
		}
		for _, r := range rows {
			out[r.CID] = r
		}
	}
	return out, nil
}

func (s *store) key(ctx context.Context, cid, recipient string) (*wrappedKey, error) {
	var k wrappedKey
	err := s.db.WithContext(ctx).Where("cid = ? AND recipient = ?", cid, recipient).Take(&k).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return nil, nil
	}
	return &k, err
}

// putKey inserts or replaces a recipient's wrapped key, unless the content
// was erased meanwhile.
func (s *store) putKey(ctx context.Context, k wrappedKey) error {
	return s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		var c content
		if err := tx.Where("cid = ? AND erased_at IS NULL", k.CID).Take(&c).Error; err != nil {
			if errors.Is(err, gorm.ErrRecordNotFound) {
				return errErased
			}
			return err
		}
		return tx.Clauses(clause.OnConflict{
			Columns:   []clause.Column{{Name: "cid"}, {Name: "recipient"}},
			DoUpdates: clause.AssignmentColumns([]string{"recipient_key", "wrapped", "created_at"}),
		}).Create(&k).Error
	})
}

// erase destroys every wrapped key of patient's contents and marks them
// erased; it returns how many contents and keys were affected.
func (s *store) erase(ctx context.Context, patient string, at time.Time) (versions, keys int, err error) {
	err = s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		sub := tx.Model(&content{}).Select("cid").Where("patient = ?", patient)
		res := tx.Where("cid IN (?)", sub).Delete(&wrappedKey{})
		if res.Error != nil {
			return res.Error
		}
		keys = int(res.RowsAffected)
		res = tx.Model(&content{}).Where("patient = ? AND erased_at IS NULL", patient).Update("erased_at", at)
		if res.Error != nil {
			return res.Error
		}
		versions = int(res.RowsAffected)
		return nil
	})
	return versions, keys, err
}

func (s *store) addAudit(ctx context.Context, e *auditEntry) error {
	return s.db.WithContext(ctx).Create(e).Error
}

// audit lists patient's entries after seq, oldest first, at most limit+1 so
// the caller knows whether more follow.
func (s *store) audit(ctx context.Context, patient string, after uint64, limit int) ([]auditEntry, error) {
	var rows []auditEntry
	err := s.db.WithContext(ctx).Where("patient = ? AND seq > ?", patient, after).
		Order("seq").Limit(limit + 1).Find(&rows).Error
	return rows, err
}

// auditNewest lists patient's entries with seq below before (0: any) and
// time in [since, until) (zero: unbounded), newest first, at most limit+1
// so the caller knows whether more follow. The (patient, seq) index serves
// it backwards.
func (s *store) auditNewest(ctx context.Context, patient string, before uint64, since, until time.Time, limit int) ([]auditEntry, error) {
	db := s.db.WithContext(ctx).Where("patient = ?", patient)
	if before != 0 {
		db = db.Where("seq < ?", before)
	}
	if !since.IsZero() {
		db = db.Where("at >= ?", since.UTC())
	}
	if !until.IsZero() {
		db = db.Where("at < ?", until.UTC())
	}
	var rows []auditEntry
	err := db.Order("seq DESC").Limit(limit + 1).Find(&rows).Error
	return rows, err
}

// unanchored returns entries with seq >= from not yet in a batch, in order, at most limit.
//
// On PostgreSQL the read first takes a SHARE lock on the table, which waits
// for every transaction that is inserting an entry: a sequence number handed
// out before the read is then committed and seen, so no entry can later
// appear inside a range that was already anchored. (SQLite has one writer at
// a time and needs no such lock.)
func (s *store) unanchored(ctx context.Context, from uint64, limit int) ([]auditEntry, error) {
	var rows []auditEntry
	err := s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		if tx.Dialector.Name() == "postgres" {
			if err := tx.Exec("LOCK TABLE audit_entries IN SHARE MODE").Error; err != nil {
				return err
			}
		}
		return tx.Where("batch IS NULL AND seq >= ?", from).Order("seq").Limit(limit).Find(&rows).Error
	})
	return rows, err
}

// markBatch records that entries fromSeq..toSeq are in batch index.
func (s *store) markBatch(ctx context.Context, index, fromSeq, toSeq uint64) error {
	return s.db.WithContext(ctx).Model(&auditEntry{}).
		Where("seq >= ? AND seq <= ? AND batch IS NULL", fromSeq, toSeq).Update("batch", index).Error
}

// lastBatch returns the highest batch index recorded, or -1.
func (s *store) lastBatch(ctx context.Context) (int64, error) {
	var v *int64
	err := s.db.WithContext(ctx).Model(&auditEntry{}).Select("MAX(batch)").Scan(&v).Error
	if err != nil || v == nil {
		return -1, err
	}
	return *v, nil
}
