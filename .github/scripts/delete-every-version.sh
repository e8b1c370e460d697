#!/usr/bin/env bash
# Deletes every version and delete marker of one object in a versioned bucket. A plain delete only adds a delete
# marker and leaves the content readable as a noncurrent version until the bucket's lifecycle expires it.
# Usage: delete-every-version.sh <bucket> <key>
set -euo pipefail
bucket="$1"
key="$2"
# The prefix also matches longer keys (plans/abc.tfplan.bak): only the exact key's versions go.
aws s3api list-object-versions --bucket "$bucket" --prefix "$key" --output json \
  | jq -r --arg key "$key" '.Versions[]?, .DeleteMarkers[]? | select(.Key == $key) | .VersionId' \
  | while read -r version; do
      aws s3api delete-object --bucket "$bucket" --key "$key" --version-id "$version" > /dev/null
    done
