#!/usr/bin/env bash
# The deploy pipeline's own steps: settle the change type before the deploy, and report the whole
# run after it. Every value arrives in the environment, never inside the script's text.
set -euo pipefail

# Escapes text for a workflow command's message, so a newline in it cannot start a command.
escape() { local s="${1//%/%25}"; s="${s//$'\r'/%0D}"; printf '%s' "${s//$'\n'/%0A}"; }

settle_type() {
  local record type recorded
  if [ "$CLASSIFY" = true ]; then record="$CLASSIFIED_RECORD"; recorded="$CLASSIFIED_TYPE"; else record="$GIVEN_RECORD"; recorded=""; fi
  if [ -n "$record" ] && [ ! -f "$record" ]; then
    echo "::error title=deploy-pipeline::input change-record names $(escape "$record"), which does not exist"
    exit 1
  fi
  if [ -z "$record" ] && [ -z "$GIVEN_TYPE" ]; then
    echo "::error title=deploy-pipeline::no change record and no change-type: set classify true, change-record, or change-type"
    exit 1
  fi
  case "$GIVEN_TYPE" in
    standard|normal|emergency|'') ;;
    *) echo "::error title=deploy-pipeline::change-type is '$(escape "$GIVEN_TYPE")'; accepted: standard, normal, emergency"; exit 1 ;;
  esac
  # The change type comes from the change itself, as the gate judged it: a deploy cannot declare an
  # emergency (exempt from windows and freezes) that the change record does not show.
  if [ -n "$GIVEN_TYPE" ] && [ -n "$recorded" ] && [ "$GIVEN_TYPE" != "$recorded" ]; then
    echo "::error title=deploy-pipeline::change-type says $GIVEN_TYPE but the change record says $recorded: an emergency is classified from the change (the policy's emergency labels, branch prefixes or title markers), never declared at deploy time"
    exit 1
  fi
  type="${recorded:-$GIVEN_TYPE}"
  if [ "$type" = emergency ]; then
    # The procedure: record the emergency, explain urgency and risk.
    if [ "$GIVEN_TYPE" = emergency ] && [ -z "${REASON//[[:space:]]/}" ]; then
      echo "::error title=emergency deploy::an emergency deploy needs emergency-reason: why it cannot wait (procedure: Emergency Change Authorisation, Documentation)"
      exit 1
    fi
    local why="${REASON:-as the change record says}"
    echo "::notice title=emergency deploy::$(escape "$SERVICE") to $(escape "$ENVIRONMENT") by $(escape "$ACTOR"): $(escape "$why")"
    {
      echo "### Emergency deploy"
      echo
      echo "| service | environment | by | reason |"
      echo "| --- | --- | --- | --- |"
      printf '| %s | %s | %s | %s |\n' "$SERVICE" "$ENVIRONMENT" "$ACTOR" "$(printf '%s' "$why" | tr '\n|' ' /')"
      echo
      echo "Recorded as change type emergency in the GitHub Deployment; the retrospective is due within the policy's hours."
    } >> "$GITHUB_STEP_SUMMARY"
  fi
  {
    echo "change-type=$type"
    echo "record-path=$record"
  } >> "$GITHUB_OUTPUT"
}

report_outcome() {
  local rolled_back=false status=0 verdict="${VERDICT:-}" line
  [ "${ROLLED_BACK:-}" = true ] && rolled_back=true
  echo "rolled-back=$rolled_back" >> "$GITHUB_OUTPUT"
  if [ "$DEPLOY_OUTCOME" != success ] || [ "$HEALTHY" != true ]; then
    line="the deploy of $SERVICE to $ENVIRONMENT failed its verification"; status=1
  elif [ "$MONITOR" = true ] && [ "$MONITOR_OUTCOME" = skipped ]; then
    line="the monitor did not run"; status=1
  elif [ "$MONITOR" = true ] && [ "$verdict" != healthy ]; then
    line="the monitor's verdict on version $VERSION is ${verdict:-missing}"; status=1
  elif [ "$MONITOR" = true ]; then
    line="version $VERSION of $SERVICE is live in $ENVIRONMENT and healthy for the whole watch"
  else
    line="version $VERSION of $SERVICE is live in $ENVIRONMENT; not monitored (input monitor is false)"
  fi
  if [ "$status" -ne 0 ]; then
    if [ "$rolled_back" = true ]; then line="$line; rolled back to $TARGET and verified${INCIDENT:+ (incident $INCIDENT)}"
    elif [ "${ROLLBACK_OUTCOME:-skipped}" = skipped ]; then line="$line; no automatic rollback ran"
    else line="$line; the rollback did not complete: restore by hand (procedure: Manual Rollback)"; fi
    echo "::error title=deploy-pipeline::$(escape "$line")"
  fi
  {
    echo "### Deploy pipeline: $SERVICE to $ENVIRONMENT"
    echo
    echo "| step | outcome |"
    echo "| --- | --- |"
    echo "| deploy and verify | ${DEPLOY_OUTCOME:-skipped} (healthy: ${HEALTHY:-unknown}) |"
    echo "| monitor | ${MONITOR_OUTCOME:-skipped}${verdict:+ (verdict $verdict)} |"
    echo "| automatic rollback | ${ROLLBACK_OUTCOME:-skipped}${TARGET:+ (to $TARGET)} |"
    echo
    echo "$line."
  } >> "$GITHUB_STEP_SUMMARY"
  exit "$status"
}

case "${1:-}" in
  type) settle_type ;;
  outcome) report_outcome ;;
  *) echo "::error title=deploy-pipeline::pipeline.sh: unknown command '${1:-}'"; exit 2 ;;
esac
