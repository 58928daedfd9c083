package report

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"hash"

	"github.com/crosscheck/crosscheck/cluster"
)

// fingerprint names everything a story of res is made from: the salt
// (what made the analysis: the program), its articles in placement
// order and its events, each article as extracted (or its Digest), the
// copy it is of, and the cross-article entity (id, name, type) of each
// of its own. Two stories with one fingerprint are the same story, so a
// story kept from an earlier run can stand in for reconciling it again.
func fingerprint(salt string, in []Input, s cluster.Story, lookup entityLookup, dupOf map[string]string) string {
	h := sha256.New()
	field(h, salt)
	for _, i := range s.Articles {
		x := in[i]
		field(h, x.ID, x.Source, dupOf[x.ID])
		for _, n := range x.Notes {
			field(h, n)
		}
		if x.Digest != "" {
			field(h, x.Digest)
		} else {
			b, _ := json.Marshal(x.Article) // plain data: cannot fail
			field(h, string(b))
		}
		if x.Doc != nil {
			for local := range x.Doc.Entities {
				if gi, ok := lookup.global[[2]int{lookup.docIndex[i], local}]; ok {
					g := lookup.ents[gi]
					field(h, g.ID, g.Name, g.Type.String())
				} else {
					field(h, "")
				}
			}
		}
		field(h, "|")
	}
	for _, e := range s.Events {
		for _, i := range e.Articles {
			field(h, in[i].ID)
		}
		field(h, "|")
	}
	return hex.EncodeToString(h.Sum(nil))
}

// field writes strings to h, each with its length, so that no two lists
// of strings write the same bytes.
func field(h hash.Hash, ss ...string) {
	var n [8]byte
	for _, s := range ss {
		binary.LittleEndian.PutUint64(n[:], uint64(len(s)))
		h.Write(n[:])
		h.Write([]byte(s))
	}
}
