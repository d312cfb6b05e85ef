#!/bin/bash
# Generalisation check of session 13 with the learned unit tagger: train the tagger
# (scripts/train_units.py) and then the pairings/posts model with it on the 399 articles
# other than x241–x300, score x241–x300 (no rule was written from them). UNITS=off: the
# rules alone (the same as /work/tools/s13/heldout.sh). Scores only: never list misses.
# Run from a worktree root. Usage: [UNITS=off] heldout_units.sh [extra pbkg eval args]
set -e
repo=$PWD; tag=$(basename $repo); lo=${HO_LO:-241}; hi=${HO_HI:-300}; d=/tmp/ho$lo-$tag-${UNITS:-crf}
rm -rf $d; mkdir -p $d/tg $d/tc $d/hg $d/hc
for f in $(find data/train/gold -name '*.json'); do
  b=$(basename $f .json); t=$(find data/train/corpus -name "$b.*" | head -1); n=${b#x}
  if [[ $b == x* ]] && [ "$n" -ge $lo ] && [ "$n" -le $hi ]; then
    ln -s $repo/$f $d/hg/; ln -s $repo/$t $d/hc/
  else
    ln -s $repo/$f $d/tg/; ln -s $repo/$t $d/tc/
  fi
done
if [ "${UNITS:-crf}" = crf ]; then
  .venv/bin/python scripts/train_units.py $d/tg $d/tc -o $d/units.crfsuite 2>/dev/null
  units=$d/units.crfsuite
else
  units=rules
fi
.venv/bin/pbkg train --units $units $d/tg $d/tc -o $d/model.json >/dev/null 2>&1
.venv/bin/pbkg eval -q --units $units --model $d/model.json "$@" $d/hg $d/hc
