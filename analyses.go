package crosscheck

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/gob"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/crosscheck/crosscheck/analyze"
	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/internal/pipeline"
	"github.com/crosscheck/crosscheck/store"
)

// Analyses keeps articles' analyses between runs; store.Store is one.
type Analyses interface {
	Analyses(ctx context.Context, keys []store.AnalysisKey) (map[string][]byte, error)
	SetAnalyses(ctx context.Context, keep []store.AnalysisKey, add []store.SavedAnalysis) error
}

// Reuse is how analysing with Options.Analyses went.
type Reuse struct {
	Taken   int   // analyses taken from Options.Analyses
	Made    int   // articles analysed
	Problem error // why saved analyses could not be read or saved, if some could not
}

// savedAnalysis is an article's pipeline.Analysis as Options.Analyses
// keeps it: without what the article gives again (its id, text and
// publish time) and the tokens, which are quicker made again from the
// text than read.
type savedAnalysis struct {
	Doc      analyze.Doc
	Claims   []claims.Claim
	Headline []claims.Claim
}

// encodeAnalysis encodes an analysis for Options.Analyses.
func encodeAnalysis(a pipeline.Analysis) ([]byte, error) {
	s := savedAnalysis{Doc: *a.Doc, Claims: a.Claims, Headline: a.Headline}
	s.Doc.ID, s.Doc.Text, s.Doc.Tokens = "", "", nil
	var buf bytes.Buffer
	err := gob.NewEncoder(&buf).Encode(s)
	return buf.Bytes(), err
}

// decodeAnalysis decodes the analysis of x that encodeAnalysis encoded.
func decodeAnalysis(b []byte, x pipeline.Extracted) (pipeline.Analysis, error) {
	var s savedAnalysis
	if err := gob.NewDecoder(bytes.NewReader(b)).Decode(&s); err != nil {
		return pipeline.Analysis{}, fmt.Errorf("the saved analysis of %s: %w", x.Doc.ID, err)
	}
	d := s.Doc
	d.ID, d.Text, d.Published = x.Doc.ID, x.Article.Text, x.Article.Published
	d.Tokens = analyze.Tokenize(d.Text)
	return pipeline.Analysis{Doc: &d, Claims: s.Claims, Headline: s.Headline}, nil
}

// articleDigests name what each article's analysis is made from: the
// program (salt), the article's id and the article as extracted. Without
// a salt there are none.
func articleDigests(ctx context.Context, arts []pipeline.Extracted, salt string, popt pipeline.Options) []string {
	if salt == "" {
		return nil
	}
	out := make([]string, len(arts))
	pipeline.Each(ctx, popt.Workers, len(arts), func(i int) {
		h := sha256.New()
		b, _ := json.Marshal(arts[i].Article) // plain data: cannot fail
		for _, s := range []string{salt, arts[i].Doc.ID, string(b)} {
			h.Write(binary.LittleEndian.AppendUint64(nil, uint64(len(s))))
			h.Write([]byte(s))
		}
		out[i] = hex.EncodeToString(h.Sum(nil))
	})
	return out
}

// analyses analyses the articles. With Options.Analyses (and digests) an
// article whose analysis is saved there under its digest is not analysed
// again, and the analyses made are saved there.
func analyses(ctx context.Context, arts []pipeline.Extracted, digests []string, popt pipeline.Options, opt Options) ([]pipeline.Analysis, []pipeline.Failure) {
	if opt.Analyses == nil || digests == nil {
		return pipeline.Analyses(ctx, arts, popt, nil)
	}
	keys := make([]store.AnalysisKey, len(arts))
	for i, x := range arts {
		keys[i] = store.AnalysisKey{Article: x.Doc.ID, Digest: digests[i]}
	}
	saved, err := opt.Analyses.Analyses(ctx, keys)
	how := Reuse{Problem: err}
	taken := make([]bool, len(arts))
	errs := make([]error, len(arts))
	out, fails := pipeline.Analyses(ctx, arts, popt, func(i int) (pipeline.Analysis, bool) {
		b, ok := saved[arts[i].Doc.ID]
		if !ok {
			return pipeline.Analysis{}, false
		}
		a, err := decodeAnalysis(b, arts[i])
		taken[i], errs[i] = err == nil, err
		return a, err == nil
	})
	how.Problem = errors.Join(how.Problem, errors.Join(errs...))
	for _, ok := range taken {
		if ok {
			how.Taken++
		}
	}
	how.Made = len(arts) - how.Taken
	if ctx.Err() == nil {
		how.Problem = errors.Join(how.Problem, saveAnalyses(ctx, keys, out, taken, popt, opt.Analyses))
	}
	if opt.Analysed != nil {
		opt.Analysed(how)
	}
	return out, fails
}

// saveAnalyses keeps in st the analyses taken from there and adds the
// others made, encoded on the worker pool; it drops every other.
func saveAnalyses(ctx context.Context, keys []store.AnalysisKey, as []pipeline.Analysis, taken []bool, popt pipeline.Options, st Analyses) error {
	add := make([]store.SavedAnalysis, len(as))
	errs := make([]error, len(as))
	pipeline.Each(ctx, popt.Workers, len(as), func(i int) {
		if !taken[i] && as[i].Doc != nil {
			add[i].AnalysisKey = keys[i]
			add[i].Data, errs[i] = encodeAnalysis(as[i])
		}
	})
	var keep []store.AnalysisKey
	var made []store.SavedAnalysis
	for i := range as {
		switch {
		case taken[i]:
			keep = append(keep, keys[i])
		case add[i].Data != nil:
			made = append(made, add[i])
		}
	}
	return errors.Join(errors.Join(errs...), st.SetAnalyses(ctx, keep, made))
}
