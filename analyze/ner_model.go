package analyze

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
)

// model is the tagger's weights: a table of hashed feature rows, one int16
// weight a label, and label transition scores on the same scale.
type model struct {
	bits  uint8  // the table has 1<<bits rows
	mask  uint64 // rows-1
	w     []int16
	trans *[nLabels + 1][nLabels + 1]int32 // [prev or start][label or end]
	vocab []string                         // words whose scores the tagger precomputes
}

func newModel(bits uint8) *model {
	rows := 1 << bits
	return &model{bits: bits, mask: uint64(rows - 1), w: make([]int16, rows*nLabels), trans: new([nLabels + 1][nLabels + 1]int32)}
}

// addRow adds the weights of the row that feature hash h falls in.
func (m *model) addRow(sc []int32, h uint64) {
	r := int(h&m.mask) * nLabels
	w := m.w[r : r+nLabels : r+nLabels]
	sc = sc[:nLabels:nLabels]
	for y := range nLabels {
		sc[y] += int32(w[y])
	}
}

const modelMagic = "crosscheck-ner-1\n"

var errModel = errors.New("not a crosscheck tagger model")

// MarshalBinary writes the tagger's model: gzip over a magic line, the
// table size, transitions, vocabulary and the non-zero rows.
func (t *Tagger) MarshalBinary() ([]byte, error) {
	m := t.m
	var raw []byte
	raw = append(raw, modelMagic...)
	raw = append(raw, m.bits)
	for p := range m.trans {
		for y := range m.trans[p] {
			raw = binary.AppendVarint(raw, int64(m.trans[p][y]))
		}
	}
	raw = binary.AppendUvarint(raw, uint64(len(m.vocab)))
	for _, w := range m.vocab {
		raw = binary.AppendUvarint(raw, uint64(len(w)))
		raw = append(raw, w...)
	}
	raw = appendRows(raw, m.w)
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		return nil, err
	}
	if _, err := zw.Write(raw); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// appendRows writes the count of non-zero rows, then each as the gap from
// the last and its weights.
func appendRows(raw []byte, w []int16) []byte {
	var idx []int
	for r := 0; r*nLabels < len(w); r++ {
		for _, v := range w[r*nLabels : (r+1)*nLabels] {
			if v != 0 {
				idx = append(idx, r)
				break
			}
		}
	}
	raw = binary.AppendUvarint(raw, uint64(len(idx)))
	last := 0
	for _, r := range idx {
		raw = binary.AppendUvarint(raw, uint64(r-last))
		last = r
		for _, v := range w[r*nLabels : (r+1)*nLabels] {
			raw = binary.AppendVarint(raw, int64(v))
		}
	}
	return raw
}

// decodeModel reads what MarshalBinary wrote.
func decodeModel(data []byte) (*model, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, errModel
	}
	r := bufio.NewReader(zr)
	magic := make([]byte, len(modelMagic))
	if _, err := io.ReadFull(r, magic); err != nil || string(magic) != modelMagic {
		return nil, errModel
	}
	bits, err := r.ReadByte()
	if err != nil || bits < 8 || bits > 26 {
		return nil, fmt.Errorf("%w: bad table size", errModel)
	}
	m := newModel(bits)
	d := &decoder{r: r}
	for p := range m.trans {
		for y := range m.trans[p] {
			m.trans[p][y] = int32(d.varint())
		}
	}
	m.vocab = make([]string, min(d.uvarint(), 1<<22))
	for i := range m.vocab {
		m.vocab[i] = d.str()
	}
	d.rows(m)
	if d.err != nil {
		return nil, fmt.Errorf("%w: %v", errModel, d.err)
	}
	return m, nil
}

// decoder reads varints, keeping the first error.
type decoder struct {
	r   *bufio.Reader
	err error
}

func (d *decoder) uvarint() uint64 {
	v, err := binary.ReadUvarint(d.r)
	if d.err == nil {
		d.err = err
	}
	return v
}

func (d *decoder) varint() int64 {
	v, err := binary.ReadVarint(d.r)
	if d.err == nil {
		d.err = err
	}
	return v
}

func (d *decoder) str() string {
	n := d.uvarint()
	if d.err != nil || n > 1<<16 {
		return ""
	}
	b := make([]byte, n)
	if _, err := io.ReadFull(d.r, b); err != nil && d.err == nil {
		d.err = err
	}
	return string(b)
}

func (d *decoder) rows(m *model) {
	n := d.uvarint()
	r := uint64(0)
	for i := uint64(0); i < n && d.err == nil; i++ {
		r += d.uvarint()
		if r > m.mask {
			d.err = errors.New("row out of range")
			return
		}
		for y := range nLabels {
			m.w[int(r)*nLabels+y] = int16(d.varint())
		}
	}
}
