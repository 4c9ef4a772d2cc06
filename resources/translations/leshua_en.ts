<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../leshua_gui/ui/evidence_sheet.py" line="103"/>
        <source>Evidence sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/evidence_sheet.py" line="114"/>
        <location filename="../../leshua_gui/ui/evidence_sheet.py" line="124"/>
        <source>Save evidence sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/evidence_sheet.py" line="114"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/evidence_sheet.py" line="124"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchController</name>
    <message>
        <location filename="../../leshua_gui/ui/batch/controller.py" line="379"/>
        <source>Job %1 was asked for merchant %2: choose that merchant&apos;s profile.</source>
        <extracomment>how often the window hears how the job goes the rate (and so the time left) is measured over this last stretch of running how often the history panel is told of the job&apos;s new records while it runs (and at its end) unique orders of the job, and how many of them have an outcome orders per second lately (0 while paused or before the first answer) seconds left at that rate (None: not known yet, or paused) verified answers by trade state code busy answers the gateway gave in this run (each asked again) the totals the job&apos;s process counted (RunTotals), passed on with the next tick the job being run (or last run)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/controller.py" line="384"/>
        <source>There is no batch job %1 any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/controller.py" line="388"/>
        <source>This profile has no transaction key: add it in File &gt; Manage profiles…, then resume the job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/controller.py" line="393"/>
        <source>The job stopped: %1. What was answered is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchWindow</name>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="186"/>
        <source>Check a list of orders — %1</source>
        <extracomment>the results table is read again (and repainted) every this many controller ticks while a job runs: every two seconds, so the window paints its rows calmly however fast they come the window was closed (its workers stopped and its jobs file closed) a run ended: RunEnd (tests wait on it) the results panel is built and shows the job (tests wait on it) the job shown (being run, or last run)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="186"/>
        <source>Leshua Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="187"/>
        <source>Open the sa&amp;mple list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="190"/>
        <source>200 demo orders with the amounts the books hold, a few of them wrong on purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="196"/>
        <source>Check a&amp;nother list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="215"/>
        <source>Demo merchant (sandbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="222"/>
        <source>No profile to check with: create one first (File &gt; Manage profiles… in the main window).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="228"/>
        <source>Checking as %1 (merchant %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="294"/>
        <source>A job is running: wait for it, or cancel it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="306"/>
        <source>That batch job is not in the jobs file any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="318"/>
        <source>No profile “%1” for merchant %2 any more: job %3 cannot be resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="373"/>
        <source>a pasted list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="375"/>
        <source>Job %1 · %2 · rows: %3, orders to ask: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="400"/>
        <source>Every order of the list has an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="404"/>
        <source>Stopped. Left to ask: %1; the job can be resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="423"/>
        <source>The job could not go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="467"/>
        <source>The batch jobs file could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="510"/>
        <source>Row %1 was not sent: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="515"/>
        <source>Row %1 has not been asked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="550"/>
        <source>The full answer of order %1 is not in the history: it was deleted or pruned, or the job ran without recording. What the job kept: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="555"/>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="583"/>
        <source>A job is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="585"/>
        <source>The job is still asking the gateway. Pause it and close the window? It can be resumed later: it is offered at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="591"/>
        <source>&amp;Pause and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="592"/>
        <source>&amp;Keep running</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallbackDialog</name>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="116"/>
        <source>Demo merchant (sandbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="123"/>
        <source>Check a callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="125"/>
        <source>Paste the body Leshua sent to the merchant&apos;s notify_url (the XML, as received). It is checked with the profile&apos;s notify key, which is not the transaction key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="128"/>
        <source>&amp;Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="129"/>
        <source>Load a &amp;demo callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="130"/>
        <source>&amp;Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="132"/>
        <source>Callback body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="133"/>
        <source>Signature details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="150"/>
        <source>Create a profile first (File &gt; Manage profiles…) with the merchant&apos;s notify key: a callback is checked with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="157"/>
        <source>Check the pasted body with this profile&apos;s notify key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="171"/>
        <source>Paste the callback body first (the XML Leshua sent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="189"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="204"/>
        <source>This profile has no notify key: add it in Manage profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="216"/>
        <source>The check could not be completed (%1): the log has the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="266"/>
        <source>The body could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="281"/>
        <source>Genuine: signed with this profile&apos;s notify key. Order %1: %2, amount %4. The merchant&apos;s server must answer %3 (plain text), or Leshua sends it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="286"/>
        <source>Not verified: do not act on it. Order %1: %2, amount %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="289"/>
        <source>It was signed with the transaction key instead of the notify key: ask Leshua to check the merchant&apos;s notify key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="293"/>
        <source>It may be forged or changed, or the profile&apos;s notify key is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="306"/>
        <source>Rule that matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="308"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="309"/>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="311"/>
        <source>String that was signed (key masked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="314"/>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="72"/>
        <source>Close an unpaid order</source>
        <extracomment>what close_guarded returned (None: not run, running, or it raised)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="75"/>
        <source>Close this unpaid order at the gateway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="87"/>
        <source>not known (the answer did not say)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="91"/>
        <source>Demo merchant (sandbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="92"/>
        <source>%1 (profile %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="96"/>
        <source>Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="97"/>
        <source>Merchant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="101"/>
        <source>Once the order is closed, a payment arriving later for it is refused: the payer has to pay again on a new order. Closing cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="113"/>
        <source>The order is queried again right before closing (only a verified “paying” order is closed) and right after (the state shown then is that verified answer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="120"/>
        <source>&amp;Type or paste the order number to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="123"/>
        <source>Order number, to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="140"/>
        <source>Clos&amp;e order</source>
        <extracomment>why Close order is not enabled yet (shown while the number does not match) &quot;Closing…&quot;, then what came of it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="142"/>
        <source>Close this unpaid order at the gateway (a payment arriving later is refused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="149"/>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="196"/>
        <source>Closing orders is not allowed for this profile: its owner can allow it in File &gt; Manage profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="202"/>
        <source>That is not this order&apos;s number: check every character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="204"/>
        <source>Type the order number exactly as shown above to enable Close order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="225"/>
        <source>Closing… (asking the order&apos;s state, closing it, asking again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="249"/>
        <source>Nothing was sent to close: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="255"/>
        <source>Closing stopped on an unexpected problem (%1): whether the close was sent is not known. Query the order again; the log has the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="277"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="292"/>
        <source>Gateway said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="294"/>
        <source>HTTP status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="302"/>
        <source>Closed. The order was queried again after closing: its verified state is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="309"/>
        <source>Not closed: closing orders is not allowed for this profile. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="313"/>
        <source>Not closed: the number typed is not this order&apos;s number. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="320"/>
        <source>Not closed: the order&apos;s state could not be asked right before closing, so nothing was sent to close. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="328"/>
        <source>Not closed: the answer right before closing did not verify (%1). An answer that does not verify is never taken for paying: nothing was sent to close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="337"/>
        <source>Not closed: the order is already %1 (verified, queried right before closing). Only an order still paying can be closed: nothing was sent to close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="349"/>
        <source>Queried again after: its verified state is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="351"/>
        <source>Queried again after: no verified answer came.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="358"/>
        <source>The gateway refused to close the order: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="366"/>
        <source>A barcode payment order can only be closed %1 minutes after it was created: try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="375"/>
        <source>The order changed in the meantime: it is %1 now (verified).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="385"/>
        <source>The gateway answered that it closed the order, but the query right after says %1 (verified): the order changed in the meantime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="390"/>
        <source>Sent but not confirmed: query the order again to know its state.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayField</name>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="145"/>
        <source>Not a day: type it as 2026-12-01 or 20261201, or leave it empty for any day</source>
        <extracomment>The widest a column opens (its cell elides the rest, its tooltip holds it all).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <location filename="../../leshua_gui/ui/demo_banner.py" line="28"/>
        <source>DEMO — a local sandbox gateway at %1 with made-up orders. Nothing here touches a real merchant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/demo_banner.py" line="31"/>
        <source>Demo mode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunPanel</name>
    <message>
        <location filename="../../leshua_gui/ui/first_run.py" line="36"/>
        <source>Welcome to Leshua Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/first_run.py" line="37"/>
        <source>Look up Leshua payment orders and check that the gateway&apos;s answer is genuine. Create a profile with your merchant id and keys, or open the demo to see every order state on a local sandbox gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/first_run.py" line="41"/>
        <source>&amp;Create a profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/first_run.py" line="42"/>
        <source>Open the &amp;demo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../leshua_gui/ui/help_dialog.py" line="67"/>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/help_dialog.py" line="68"/>
        <source>Look up the order in the query bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/help_dialog.py" line="71"/>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/help_dialog.py" line="72"/>
        <source>Stop the running query</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../leshua_gui/ui/history_model.py" line="153"/>
        <source>Demo merchant (sandbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_model.py" line="184"/>
        <source>Refund %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_model.py" line="187"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_model.py" line="176"/>
        <source>%1 (untrusted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_model.py" line="186"/>
        <source>Close attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_model.py" line="203"/>
        <source>not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_model.py" line="216"/>
        <source>Gateway not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_model.py" line="217"/>
        <source>No answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_model.py" line="218"/>
        <source>Unreadable answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_model.py" line="269"/>
        <source>An attempt to close the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_model.py" line="270"/>
        <source>An attempt to close the order, by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_model.py" line="296"/>
        <source>As the gateway wrote it: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="299"/>
        <source>Queried at</source>
        <extracomment>&quot;Watch until final&quot; on an order lookup whose answer is not final (HistoryRecord.watchable)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="299"/>
        <location filename="../../leshua_gui/ui/history_panel.py" line="332"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="300"/>
        <source>Merchant id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="301"/>
        <source>Order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="301"/>
        <location filename="../../leshua_gui/ui/history_panel.py" line="329"/>
        <source>Lookup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="302"/>
        <location filename="../../leshua_gui/ui/history_panel.py" line="331"/>
        <source>Trade state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="303"/>
        <location filename="../../leshua_gui/ui/history_panel.py" line="331"/>
        <source>Pay way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="303"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="304"/>
        <source>Settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="305"/>
        <source>Paid at (Beijing time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="306"/>
        <source>Signature / error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="314"/>
        <source>Search the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="315"/>
        <source>Any state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="317"/>
        <source>Any pay way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="319"/>
        <source>Any outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="323"/>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="325"/>
        <source>Any lookup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="326"/>
        <source>Order lookups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="326"/>
        <source>Refund lookups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="327"/>
        <source>Close attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="332"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="334"/>
        <source>D&amp;uring:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="335"/>
        <source>Any day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="336"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="336"/>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="337"/>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="337"/>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="338"/>
        <source>Chosen days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="340"/>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="341"/>
        <source>by query time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="342"/>
        <source>by pay time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="343"/>
        <source>Days compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="345"/>
        <source>Compare the days with the time of the query, or with the pay time the answer gave (Beijing time; rows without a pay time then do not match)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="348"/>
        <source>Include untrusted answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="350"/>
        <source>A trade state filter lists answers with a verified signature only. Tick to list forged, unsigned or faulty answers claiming that state too (marked untrusted; their amounts are never exported as numbers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="354"/>
        <source>Latest answer per order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="356"/>
        <source>Of the rows matching the filters, show only the newest for each order (the same order, merchant, environment and lookup), so that a repeated query is listed and exported once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="361"/>
        <source>from any day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="362"/>
        <source>to any day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="366"/>
        <source>Type a day (2026-12-01 or 20261201), press Alt+Down for a calendar, or leave it empty for any day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="369"/>
        <source>Pick the day from a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="370"/>
        <source>Sho&amp;w answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="373"/>
        <location filename="../../leshua_gui/ui/history_panel.py" line="376"/>
        <source>Watch until final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="374"/>
        <source>Show answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="375"/>
        <source>Query again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="377"/>
        <source>Remove selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="378"/>
        <source>E&amp;xport…</source>
        <translation type="unfinished">E&amp;xport…</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="382"/>
        <source>Remo&amp;ve selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="383"/>
        <source>C&amp;lear history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="514"/>
        <source>No queries recorded yet: every lookup you run is listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="515"/>
        <source>No query matches the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="518"/>
        <source>The search matches the beginning or the end of an id (order, Leshua, transaction or refund number), not its middle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../leshua_gui/ui/history_panel.py" line="526"/>
        <source>%n+ queries (scroll for more)</source>
        <translation>
            <numerusform>%n+ query (scroll for more)</numerusform>
            <numerusform>%n+ queries (scroll for more)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leshua_gui/ui/history_panel.py" line="528"/>
        <source>%n queries</source>
        <translation>
            <numerusform>%n query</numerusform>
            <numerusform>%n queries</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="545"/>
        <source>Select a row first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="550"/>
        <source>Asks the order&apos;s state again; the close is never sent again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="555"/>
        <source>Ask this order&apos;s state again in the background until it is final (paid, failed or closed), and say when it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="560"/>
        <source>Only an order lookup whose answer is not final (paying, not found, unknown, or the gateway not reached) can be watched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="564"/>
        <source>Select one row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="645"/>
        <source>Remove queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../leshua_gui/ui/history_panel.py" line="646"/>
        <source>Remove %n selected queries from the history? This cannot be undone.</source>
        <translation>
            <numerusform>Remove the selected query from the history? This cannot be undone.</numerusform>
            <numerusform>Remove %n selected queries from the history? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leshua_gui/ui/history_panel.py" line="657"/>
        <source>Delete all %n queries in the history? This cannot be undone.</source>
        <translation>
            <numerusform>Delete the only query in the history? This cannot be undone.</numerusform>
            <numerusform>Delete all %n queries in the history? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leshua_gui/ui/history_panel.py" line="664"/>
        <source>Delete the %n queries the filters show? The queries they hide are kept. This cannot be undone.</source>
        <translation>
            <numerusform>Delete the 1 query the filters show? The queries they hide are kept. This cannot be undone.</numerusform>
            <numerusform>Delete the %n queries the filters show? The queries they hide are kept. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="666"/>
        <source>Clear the filtered queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../leshua_gui/ui/history_panel.py" line="701"/>
        <source>%n rows written to %1</source>
        <translation>
            <numerusform>%n row written to %1</numerusform>
            <numerusform>%n rows written to %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="361"/>
        <source>From day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="308"/>
        <source>Fi&amp;nd:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="309"/>
        <source>The beginning or the end of any id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="311"/>
        <source>Matches the beginning or the end of an order, Leshua, transaction or refund number (not its middle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="362"/>
        <source>To day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="371"/>
        <source>Query a&amp;gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="380"/>
        <source>Write the rows matching the filter to Excel (.xlsx) or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="384"/>
        <source>Query history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="400"/>
        <source>Any profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="401"/>
        <source>(no profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="486"/>
        <source>The history could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="490"/>
        <source>it was written by a newer version of Leshua Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="491"/>
        <source>it is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="495"/>
        <source>The history file was set aside as %1 (%2) and a new one started; nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="659"/>
        <source>Clear history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="673"/>
        <source>The history is not answering: the change may not be saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="680"/>
        <source>Export history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="681"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="694"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="706"/>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryUnavailableView</name>
    <message>
        <location filename="../../leshua_gui/ui/history_unavailable.py" line="22"/>
        <source>another program is using it (it is locked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_unavailable.py" line="26"/>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_unavailable.py" line="28"/>
        <source>its folder or file cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_unavailable.py" line="32"/>
        <source>the file cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_unavailable.py" line="34"/>
        <source>it is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_unavailable.py" line="36"/>
        <source>the disk reported an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_unavailable.py" line="81"/>
        <source>Try a&amp;gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_unavailable.py" line="87"/>
        <source>The query history cannot be opened now: {reason}. Nothing was set aside or lost; queries still work but are not recorded until it opens.

{details}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InputPanel</name>
    <message>
        <location filename="../../leshua_gui/ui/batch/input_panel.py" line="149"/>
        <source>&amp;Paste a column of order numbers, open a file or drop one here:</source>
        <extracomment>a pasted list is read this long after the last change (typing stays smooth) the paste area&apos;s height at most (the preview below needs the room) a list was read (or could not be): the preview shown is up to date (tests wait on it)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/input_panel.py" line="154"/>
        <source>One order number a line, as copied from Excel, WPS or a chat. A second column of expected amounts (12.34, ¥1,234.50) is read too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/input_panel.py" line="158"/>
        <source>List of order numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/input_panel.py" line="159"/>
        <source>&amp;Open file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/input_panel.py" line="160"/>
        <source>A .txt (one order number a line), .csv or .xlsx list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/input_panel.py" line="161"/>
        <source>Paste a list &amp;instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/input_panel.py" line="162"/>
        <source>Order &amp;numbers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/input_panel.py" line="163"/>
        <source>E&amp;xpected amounts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/input_panel.py" line="164"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/input_panel.py" line="189"/>
        <source>Open a list of orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/input_panel.py" line="190"/>
        <source>Lists of orders (*.txt *.csv *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/input_panel.py" line="204"/>
        <source>“%1” is not a list this window reads: use a .txt, .csv or .xlsx file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/input_panel.py" line="211"/>
        <source>List: %1  (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/input_panel.py" line="258"/>
        <source>Reading the list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/input_panel.py" line="308"/>
        <location filename="../../leshua_gui/ui/batch/input_panel.py" line="316"/>
        <source>This list cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/input_panel.py" line="312"/>
        <source>the file cannot be opened (it may have been moved, or it may not be readable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/input_panel.py" line="343"/>
        <source>Nothing is sent before you press Start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/input_panel.py" line="348"/>
        <source>Orders to ask: %1. Nothing is sent before you press Start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/input_panel.py" line="353"/>
        <source>No order number in this list can be asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/input_panel.py" line="359"/>
        <source>Column %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/input_panel.py" line="360"/>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/input_panel.py" line="370"/>
        <location filename="../../leshua_gui/ui/batch/input_panel.py" line="380"/>
        <source>Auto: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/input_panel.py" line="372"/>
        <source>Auto (by the header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/input_panel.py" line="378"/>
        <source>Auto: none found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/input_panel.py" line="383"/>
        <source>None: no expected amounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/input_panel.py" line="387"/>
        <source>Auto (by the header, else by each number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/input_panel.py" line="388"/>
        <source>Merchant order numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/input_panel.py" line="389"/>
        <source>Leshua order numbers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyField</name>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="68"/>
        <source>Show or hide the %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="365"/>
        <location filename="../../leshua_gui/ui/main_window.py" line="412"/>
        <source>A query is running: wait for it or cancel it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="369"/>
        <source>No profile “%1” for merchant %2 any more: the query was not repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="175"/>
        <source>Leshua Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="302"/>
        <source>Query cancelled: the order&apos;s state is unknown, not unpaid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="137"/>
        <source>Copied to the clipboard.</source>
        <extracomment>the last finished lookup (its result is what the result and raw views show) the window for lists of orders, and the offer to resume a batch job (made when needed)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="176"/>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="414"/>
        <source>Create a profile first: File &gt; Manage profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="419"/>
        <source>Type the order number first, then look up its refund.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <location filename="../../leshua_gui/ui/watch_notices.py" line="46"/>
        <source>Order %1 is now %2 (%3)</source>
        <extracomment>How long a tray message stays (the system may shorten it).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_notices.py" line="51"/>
        <source>Order %1 is now %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_notices.py" line="54"/>
        <source>Order %1 is still unpaid after %2 of watching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_notices.py" line="62"/>
        <source>Stopped watching %1 after %2: still %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_notices.py" line="68"/>
        <source>Stopped watching %1 after %2 without a verified answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_notices.py" line="76"/>
        <source>Stopped watching %1: its profile “%2” is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_notices.py" line="149"/>
        <source>Leshua Desk</source>
        <extracomment>not named `event`: that is QObject.event, the virtual every Qt event goes through the language of the states named (the window sets it with its own)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_notices.py" line="175"/>
        <source>Leshua Desk · orders watched: %1 · new notices: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_notices.py" line="179"/>
        <source>Leshua Desk · orders watched: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderActions</name>
    <message>
        <location filename="../../leshua_gui/ui/order_actions.py" line="105"/>
        <location filename="../../leshua_gui/ui/order_actions.py" line="171"/>
        <source>The order could not be watched: %1</source>
        <extracomment>each watch&apos;s last lookup of this run, shown when its notice is clicked watches asked for while the list was being opened, made once it is the merchant (and environment) whose batch job runs now: its checks wait</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/order_actions.py" line="161"/>
        <source>Watching %1 until its state is final: see the Watch tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/order_actions.py" line="163"/>
        <source>%1 is already watched: see the Watch tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/order_actions.py" line="191"/>
        <source>No profile “%1” for merchant %2 any more: the order is not watched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/order_actions.py" line="226"/>
        <location filename="../../leshua_gui/ui/order_actions.py" line="279"/>
        <source>A query is running: wait for it or cancel it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/order_actions.py" line="252"/>
        <source>No answer of this order is in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/order_actions.py" line="289"/>
        <source>This profile has changed since the query: query again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderResultDialog</name>
    <message>
        <location filename="../../leshua_gui/ui/batch/order_result.py" line="46"/>
        <source>Order %1 (batch job %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/order_result.py" line="53"/>
        <source>Copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/order_result.py" line="66"/>
        <source>&amp;Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/order_result.py" line="67"/>
        <source>R&amp;aw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/order_result.py" line="74"/>
        <source>Demo merchant (sandbox)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewView</name>
    <message>
        <location filename="../../leshua_gui/ui/batch/preview_view.py" line="88"/>
        <source>Rows read</source>
        <extracomment>rows listed in the table at most (all of them are in the job and its results)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/preview_view.py" line="89"/>
        <source>Orders to ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/preview_view.py" line="90"/>
        <source>Rows not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/preview_view.py" line="91"/>
        <source>Orders listed twice or more (asked once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/preview_view.py" line="92"/>
        <source>Rows to check (Excel numbers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/preview_view.py" line="98"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/preview_view.py" line="99"/>
        <source>Order number as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/preview_view.py" line="100"/>
        <source>Amount as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/preview_view.py" line="101"/>
        <source>Not sent, or to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/preview_view.py" line="104"/>
        <source>Rows not sent and rows to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/preview_view.py" line="151"/>
        <source>Repeats row %1: asked once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/preview_view.py" line="180"/>
        <source>Rows not listed here: %1 (every row is in the job&apos;s results).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileBar</name>
    <message>
        <location filename="../../leshua_gui/ui/profile_bar.py" line="42"/>
        <source>&amp;Profile:</source>
        <extracomment>the profiles in the selector by id: the query bar asks for the current profile on every keystroke, and reading profiles.json each time would put disk I/O in typing</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_bar.py" line="43"/>
        <source>&amp;Manage profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_bar.py" line="44"/>
        <source>Manage profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_bar.py" line="82"/>
        <source>Demo merchant (sandbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_bar.py" line="97"/>
        <source>A query is running: wait for it or cancel it (Esc).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="193"/>
        <source>Manage profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="194"/>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="195"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="196"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="198"/>
        <source>Add profiles from a file a colleague exported (you enter the keys)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="200"/>
        <source>E&amp;xport…</source>
        <translation type="unfinished">E&amp;xport…</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="202"/>
        <source>Write the profiles to a file for a colleague (never the keys)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="204"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="205"/>
        <source>&amp;Test this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="207"/>
        <source>Keep keys for this session only (asked again at the next start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="210"/>
        <source>&amp;Merchant id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="210"/>
        <source>N&amp;ame:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="211"/>
        <source>&amp;Gateway:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="211"/>
        <source>Gateway &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="212"/>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="212"/>
        <source>Transaction &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="213"/>
        <source>Noti&amp;fy key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="214"/>
        <source>Tell me &amp;when still unpaid after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="218"/>
        <source>10 digits, leading zeros count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="219"/>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="220"/>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="381"/>
        <source>transaction key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="221"/>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="382"/>
        <source>notify key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="222"/>
        <source>Allow c&amp;losing orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="225"/>
        <source>Closing changes the order at the gateway: a payment that arrives after it is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="230"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="231"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="234"/>
        <source>How long an order being watched may stay unpaid before you are told, so you can close it; 0 means never.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="238"/>
        <source>Tell me when still unpaid after (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="242"/>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="242"/>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="243"/>
        <source>Sandbox (local demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="243"/>
        <source>Custom URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="248"/>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="256"/>
        <source>Keys are kept in the system keyring (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="276"/>
        <source>no keyring was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="277"/>
        <source>it discards every secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="278"/>
        <source>it keeps secrets in a file other programs can read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="279"/>
        <source>it could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="282"/>
        <source>The keyring found here (%1) cannot keep keys safely: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="290"/>
        <source>A safe keyring is installed too: pick it explicitly with the environment variable PYTHON_KEYRING_BACKEND=%1 (or default-keyring=%1 in keyringrc.cfg), or uninstall keyrings.alt; or keep the keys for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="298"/>
        <source>Install and unlock GNOME Keyring or KWallet (Debian/Ubuntu: sudo apt install gnome-keyring), then start Leshua Desk again; or keep the keys for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="303"/>
        <source>Allow access to the system keyring, or keep the keys for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="385"/>
        <source>unchanged (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="386"/>
        <source>%1 is set (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="388"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="389"/>
        <source>%1 is not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="403"/>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="404"/>
        <source>optional: for checking callbacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="412"/>
        <source>Nothing to delete: this profile is not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="504"/>
        <source>Saved “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="516"/>
        <source>Export profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="517"/>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="535"/>
        <source>Profiles (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="529"/>
        <source>%1 profiles written to %2 (without keys).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="535"/>
        <source>Import profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="552"/>
        <source>Nothing to import: every profile in the file already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="557"/>
        <source>%1 profiles already exist and were skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="577"/>
        <source>Importing “%1”: enter its keys, then Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="579"/>
        <source>%1 more to come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="592"/>
        <source>Give the profile a name (one line, up to 80 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="594"/>
        <source>A profile with this name already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="596"/>
        <source>The merchant id is exactly 10 digits; leading zeros count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="598"/>
        <source>The gateway URL must start with https:// (plain http only for this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="600"/>
        <source>Enter the transaction key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="602"/>
        <source>A profile name cannot contain control, direction-changing or invisible characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="604"/>
        <source>A note is at most 2000 characters, without control or direction-changing characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="615"/>
        <source>Delete profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="616"/>
        <source>Delete the profile “%1” and remove its keys from the keyring?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="627"/>
        <source>Deleted “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="670"/>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="701"/>
        <source>The test could not be completed (%1): the log has the details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressStrip</name>
    <message>
        <location filename="../../leshua_gui/ui/progress_strip.py" line="60"/>
        <location filename="../../leshua_gui/ui/progress_strip.py" line="68"/>
        <source>Query attempts</source>
        <extracomment>what the progress line says once the lookup ended: done (with its time), cancelled, nothing (not asked), or None while it runs; kept so a language switch can say it again</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../leshua_gui/ui/progress_strip.py" line="144"/>
        <source>Done: %n attempt(s)</source>
        <translation>
            <numerusform>Done: %n attempt</numerusform>
            <numerusform>Done: %n attempts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/progress_strip.py" line="147"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/progress_strip.py" line="154"/>
        <source>Querying… attempt %1, %2 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueryBar</name>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="145"/>
        <source>Merchant order number</source>
        <extracomment>a refund to ask about: which number and the number &quot;Check them as a list&quot;: the ids pasted at once, as pasted (lines and columns kept) &quot;Check them as a list&quot;, made when a column is first pasted</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="146"/>
        <source>Leshua order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="149"/>
        <source>Kind of order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="150"/>
        <source>Order number (paste from Excel or chat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="151"/>
        <source>Order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="153"/>
        <source>Typed during the lookup (goes into the bar when it ends):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="155"/>
        <source>Next order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="157"/>
        <source>Demo orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="158"/>
        <source>&amp;Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="159"/>
        <source>Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="237"/>
        <source>Look the order up (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="160"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="156"/>
        <source>&amp;Demo orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="161"/>
        <source>Stop querying (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="165"/>
        <source>&amp;Keep querying until final (up to %1 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="213"/>
        <source>A merchant order number is 1–64 letters, digits or symbols, without spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="214"/>
        <source>A Leshua order number is 1–32 letters or digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="219"/>
        <source>%1 order numbers were pasted: this bar asks about one order at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="228"/>
        <source>Create a profile first: File &gt; Manage profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="231"/>
        <source>Type or paste an order number first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="251"/>
        <source>Check them as a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="252"/>
        <source>Open them in the window for lists of orders (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="294"/>
        <source>Demo refunds (a refund lookup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="304"/>
        <source>A query is running: wait for it or cancel it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="327"/>
        <source>A query is running: wait for it or cancel it (Esc).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="367"/>
        <source>A query is running: this order number goes into the bar when it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="388"/>
        <source>What you typed during the lookup is in the query bar: press Enter to ask.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RawView</name>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="40"/>
        <source>Raw exchange with the gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="42"/>
        <source>The raw request and answer appear here after a query.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="60"/>
        <source>Cancelled before an answer came: %1
The order&apos;s state is unknown, not unpaid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="63"/>
        <source>Asking the gateway: %1
Nothing has come back yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="71"/>
        <source>Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="90"/>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="91"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="93"/>
        <source>Sent at (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="96"/>
        <source>HTTP status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="98"/>
        <source>Elapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="99"/>
        <source>Tries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="103"/>
        <source>Form sent (with sign; the key is never sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="106"/>
        <source>String that was signed (key masked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="116"/>
        <source>Answer signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="118"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="121"/>
        <source>Rule that matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="127"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="129"/>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="132"/>
        <source>String checked (key masked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="140"/>
        <source>Answer as received (%1 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="150"/>
        <source>Pretty-printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="83"/>
        <source>(The last of %1 attempts is shown.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <location filename="../../leshua_gui/ui/refund_dialog.py" line="26"/>
        <source>Look up a refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/refund_dialog.py" line="30"/>
        <source>A refund of order %1. Refunds can take 1-3 working days to become final.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/refund_dialog.py" line="36"/>
        <source>Merchant refund number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/refund_dialog.py" line="37"/>
        <source>Leshua refund number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/refund_dialog.py" line="39"/>
        <location filename="../../leshua_gui/ui/refund_dialog.py" line="40"/>
        <source>Refund number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/refund_dialog.py" line="41"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/refund_dialog.py" line="41"/>
        <source>&amp;Refund number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/refund_dialog.py" line="87"/>
        <source>Type the refund number (from the refund notice or the merchant&apos;s records).</source>
        <extracomment>why the number was refused (shown under it until it is edited)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/refund_dialog.py" line="94"/>
        <source>A refund number is 1–64 printable ASCII characters without spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/refund_dialog.py" line="96"/>
        <source>this one has a space in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/refund_dialog.py" line="98"/>
        <source>this one has characters that are not ASCII (such as Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/refund_dialog.py" line="100"/>
        <source>this one is %1 characters long, at most 64 fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/refund_dialog.py" line="102"/>
        <source>this one has a character that cannot be sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultTabs</name>
    <message>
        <location filename="../../leshua_gui/ui/result_tabs.py" line="125"/>
        <location filename="../../leshua_gui/ui/result_tabs.py" line="194"/>
        <source>Hist&amp;ory</source>
        <extracomment>what the result and raw views are about (a lookup asked, a stored record), so a language switch titles them again in the new language</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_tabs.py" line="157"/>
        <source>&amp;Watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_tabs.py" line="157"/>
        <source>&amp;Watch (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_tabs.py" line="192"/>
        <source>&amp;Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_tabs.py" line="193"/>
        <source>R&amp;aw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_tabs.py" line="211"/>
        <location filename="../../leshua_gui/ui/result_tabs.py" line="220"/>
        <source>Demo merchant (sandbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_tabs.py" line="214"/>
        <location filename="../../leshua_gui/ui/result_tabs.py" line="223"/>
        <source>refund %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_tabs.py" line="226"/>
        <source>close attempt (the gateway&apos;s answer to closing it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_tabs.py" line="261"/>
        <source>This query was not recorded in the history: %1. The answer above is complete; copy its summary if support will need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_tabs.py" line="265"/>
        <source>Not recorded in the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="256"/>
        <source>Copy &amp;summary</source>
        <extracomment>&quot;Look up its refund…&quot;: the order shown was refunded (or is being refunded) &quot;Watch until final&quot;: ask the order shown again in the background (offered by offer()) &quot;Close order…&quot;: close the unpaid order shown, guarded (offered by offer()) &quot;asking&quot; or &quot;cancelled&quot; while no answer of the query being shown has come</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="257"/>
        <source>Copy a plain-text summary for a support ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="258"/>
        <source>Copy summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="291"/>
        <source>Enter an order number and press Enter to look it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="460"/>
        <source>From history: queried at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="368"/>
        <location filename="../../leshua_gui/ui/result_view.py" line="462"/>
        <location filename="../../leshua_gui/ui/result_view.py" line="706"/>
        <source>Queried at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="259"/>
        <source>&amp;Copy masked summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="262"/>
        <source>Copy the summary with the payer&apos;s identifiers and the attached data hidden, for a ticket that leaves the company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="266"/>
        <source>Copy masked summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="267"/>
        <source>Save e&amp;vidence sheet (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="269"/>
        <source>Save what was asked, what came back, the verification and the raw answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="271"/>
        <source>Save evidence sheet (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="272"/>
        <source>&amp;Look up its refund…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="275"/>
        <source>Look up a refund of this order by its refund number (Tools &gt; Look up a refund)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="278"/>
        <source>Watch &amp;until final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="281"/>
        <source>Ask this order again in the background until its state is final (every 30 s, then less often)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="285"/>
        <source>Watch until final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="286"/>
        <source>Clos&amp;e order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="288"/>
        <source>Close this unpaid order at the gateway (a payment arriving later is refused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="290"/>
        <source>Close order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="359"/>
        <source>Cancelled: state unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="361"/>
        <source>The query was cancelled before an answer came: the order&apos;s state is unknown, not unpaid. Query again to know it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="365"/>
        <source>Asking the gateway…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="437"/>
        <source>Refund not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../leshua_gui/ui/result_view.py" line="465"/>
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n attempt</numerusform>
            <numerusform>%n attempts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="515"/>
        <source>The keyring is locked: unlock it, then query again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="517"/>
        <source>Keys cannot be kept in a keyring here: File &gt; Manage profiles says what to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="523"/>
        <source>The keyring could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="541"/>
        <source>Gateway said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="553"/>
        <source>Stopped at the deadline before a final state: the order&apos;s state is unknown, not unpaid. Query again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="708"/>
        <source>The order&apos;s state is unknown, not unpaid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="649"/>
        <source>Copy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="543"/>
        <source>HTTP status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="647"/>
        <source>Copy %1, marked as untrusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="668"/>
        <location filename="../../leshua_gui/ui/result_view.py" line="686"/>
        <source>%1 fen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="567"/>
        <source>Cancelled: the state is unknown; the last answer shown is not final.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="220"/>
        <source>not verified (claims %1)</source>
        <extracomment>The totals are counted again at most this often while a job runs (seconds), and never more than a third of the time: a pass over a large job is long, and its Python work competes with the GUI thread for the interpreter. A pass over the rows lets the GUI thread in this often (rows), for this long (seconds). The widest a column opens (its cell elides the rest; its tooltip holds it all). the JobRow double-clicked (or Enter pressed on): the window shows its whole answer a file was written (its path) how long the last pass took (seconds) while a job runs, its process counts the totals (`show_run_totals`), not this panel: a pass here would take the window&apos;s interpreter for a while the last message box shown (an export that failed), for the tests to read the trade states and pay ways the job&apos;s verified answers gave (for the filters) the status line shows the hint (no message of its own)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="221"/>
        <source>repeats row %1 (asked once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="222"/>
        <source>no amount in the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="223"/>
        <source>%1 fen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="224"/>
        <source>Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="225"/>
        <source>Gateway code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="226"/>
        <source>merchant</source>
        <comment>order number kind, short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="227"/>
        <source>Leshua</source>
        <comment>order number kind, short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="235"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="235"/>
        <source>Order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="235"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="236"/>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="256"/>
        <source>Trade state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="236"/>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="258"/>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="237"/>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="257"/>
        <source>Pay way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="237"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="238"/>
        <source>Settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="238"/>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="239"/>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="240"/>
        <source>Paid at (Beijing time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="241"/>
        <source>Error / remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="244"/>
        <source>The row of the list (as a spreadsheet numbers it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="245"/>
        <source>Whether the gateway&apos;s answer was verified: only a verified answer&apos;s state and amounts are shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="247"/>
        <source>The amount the list gives (the books)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="248"/>
        <source>The gateway&apos;s amount minus the expected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="249"/>
        <source>What went wrong, or why the row needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="252"/>
        <source>Any trade state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="253"/>
        <source>Any pay way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="254"/>
        <source>Any verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="260"/>
        <source>Only the rows to look at: not sent, repeated, not verified, errors, not found, not final, or an amount that differs from the books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="264"/>
        <source>Rows of the batch job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="265"/>
        <source>Export .xlsx…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="267"/>
        <source>An Excel workbook: a Summary sheet with the totals and the check against the books, and a Rows sheet with the rows the filters show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="270"/>
        <source>Export .csv…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="271"/>
        <source>The rows the filters show, as CSV (UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="281"/>
        <source>Double-click a row, or press Enter, to see its whole answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="314"/>
        <source>Nee&amp;ds attention (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="316"/>
        <source>Nee&amp;ds attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="325"/>
        <source>Rows: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="328"/>
        <source>Rows shown: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="337"/>
        <source>No batch job is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="339"/>
        <source>No row matches the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="341"/>
        <source>This list has no rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="446"/>
        <source>The rows could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="525"/>
        <source>The totals could not be counted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="544"/>
        <source>Copy rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="547"/>
        <source>Copy order numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="550"/>
        <source>Show the whole answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="589"/>
        <source>Copying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="598"/>
        <source>Rows copied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="611"/>
        <source>filtered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="619"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="620"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="623"/>
        <source>Export the batch job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="654"/>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="667"/>
        <source>Rows written: %1, to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="676"/>
        <source>Export failed: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="679"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="682"/>
        <source>%1 could not be written: %2.

Choose another folder or file name and export again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResumeBar</name>
    <message>
        <location filename="../../leshua_gui/ui/batch/resume_bar.py" line="52"/>
        <source>Res&amp;ume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/resume_bar.py" line="53"/>
        <source>Lat&amp;er</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/resume_bar.py" line="59"/>
        <source>A batch job was stopped: %1 of %2 orders left (job %3, %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/resume_bar.py" line="61"/>
        <source>A batch job was interrupted: %1 of %2 orders left (job %3, %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/resume_bar.py" line="62"/>
        <source>a pasted list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/resume_bar.py" line="65"/>
        <source>Other unfinished jobs: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunPanel</name>
    <message>
        <location filename="../../leshua_gui/ui/batch/run_panel.py" line="118"/>
        <source>Queries in &amp;flight:</source>
        <extracomment>idle: nothing to send; ready: a list to send; running, paused, stopping (Cancel pressed, the queries in flight finishing); stopped: cancelled with orders left (resumable); done as `leshua-query batch` accepts them the bar and the counts, about a job: hidden before one starts</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/run_panel.py" line="119"/>
        <source>How many orders are asked at the same time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/run_panel.py" line="120"/>
        <source>Rate &amp;limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/run_panel.py" line="121"/>
        <source> a second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/run_panel.py" line="122"/>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/run_panel.py" line="124"/>
        <source>At most this many queries a second for the whole job (0: no limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/run_panel.py" line="127"/>
        <source>Keep querying un&amp;til final (up to %1 s an order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/run_panel.py" line="130"/>
        <source>Ask a paying order again until it is paid, failed or closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/run_panel.py" line="132"/>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/run_panel.py" line="133"/>
        <source>Ask the gateway about every order of the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/run_panel.py" line="134"/>
        <source>P&amp;ause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/run_panel.py" line="136"/>
        <source>Send no new query; the ones on their way finish and are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/run_panel.py" line="138"/>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/run_panel.py" line="139"/>
        <source>Go on asking the orders without an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/run_panel.py" line="140"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/run_panel.py" line="142"/>
        <source>Stop the job: what was answered is kept, and it can be resumed later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/run_panel.py" line="198"/>
        <source>%1 / %2 orders answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/run_panel.py" line="202"/>
        <source>Done: every order of the list has an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/run_panel.py" line="204"/>
        <source>Stopped. Left to ask: %1. Resume to ask them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/run_panel.py" line="206"/>
        <source>Stopping: the queries on their way finish and are kept…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/run_panel.py" line="208"/>
        <source>Paused: no new query is sent. Left to ask: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/run_panel.py" line="210"/>
        <source>Asking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/run_panel.py" line="213"/>
        <source>%1 orders a second · about %2 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/run_panel.py" line="220"/>
        <source>busy answers from the gateway: %1 (those orders were asked again, more slowly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/run_panel.py" line="238"/>
        <source>Verified states: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="79"/>
        <source>Settings</source>
        <extracomment>how long a watched order is asked again before the watch gives up</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="82"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="89"/>
        <source>Keep querying until a final state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="90"/>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="91"/>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="92"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="93"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="94"/>
        <source>keep everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="95"/>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="98"/>
        <source>A watched order is asked again in the background until its state is final, for at most this long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="102"/>
        <source>system certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="103"/>
        <source>B&amp;rowse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="105"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="106"/>
        <source>Polling:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="107"/>
        <source>Polling &amp;deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="108"/>
        <source>&amp;Connect timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="109"/>
        <source>&amp;Answer timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="110"/>
        <source>CA &amp;bundle (corporate proxy):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="111"/>
        <source>Keep &amp;history for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="112"/>
        <source>&amp;Watch orders for up to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="129"/>
        <source>CA bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="129"/>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TotalsView</name>
    <message>
        <location filename="../../leshua_gui/ui/batch/totals_view.py" line="223"/>
        <source>Trade state</source>
        <extracomment>The money columns of both tables: (batch_words.TOTALS key, Money attribute). What was counted apart (never added to money), as Totals attributes and their labels. The check against the books. Room added to each column beyond its widest text (pixels).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/totals_view.py" line="224"/>
        <source>Pay way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/totals_view.py" line="227"/>
        <source>Counted apart, never added to money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/totals_view.py" line="228"/>
        <source>Checked against the books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/totals_view.py" line="231"/>
        <source>The list gives no expected amounts: nothing was checked against the books.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/totals_view.py" line="234"/>
        <source>Rows with an expected amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/totals_view.py" line="235"/>
        <source>Expected amounts in total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/totals_view.py" line="269"/>
        <source>%1 fen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/totals_view.py" line="277"/>
        <source>No verified answer yet: money is shown here as verified answers come in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/totals_view.py" line="279"/>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValueLabel</name>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="138"/>
        <source>Copy</source>
        <extracomment>Rows without a copy button (their context menu still copies: a code, the state&apos;s code).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WatchModel</name>
    <message>
        <location filename="../../leshua_gui/ui/watch_model.py" line="39"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_model.py" line="42"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_model.py" line="45"/>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_model.py" line="46"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_model.py" line="68"/>
        <source>not asked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_model.py" line="74"/>
        <source>not verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_model.py" line="75"/>
        <source>not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_model.py" line="81"/>
        <source>Demo merchant (sandbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_model.py" line="216"/>
        <source>Profile</source>
        <extracomment>ids shown as new although their notice was marked seen (the panel is being looked at)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_model.py" line="217"/>
        <source>Order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_model.py" line="218"/>
        <source>Last state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_model.py" line="219"/>
        <source>Asked at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_model.py" line="220"/>
        <source>Next check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_model.py" line="221"/>
        <source>Watched for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_model.py" line="222"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_model.py" line="268"/>
        <source>Ended: final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_model.py" line="269"/>
        <source>Ended: expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_model.py" line="270"/>
        <source>Ended: profile gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_model.py" line="271"/>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_model.py" line="283"/>
        <source>Watched since %1, until %2 at the latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_model.py" line="286"/>
        <source>%1 fen, from the last verified answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_model.py" line="294"/>
        <source>Last verified state: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_model.py" line="300"/>
        <source>Checks made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_model.py" line="302"/>
        <source>New: not looked at yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_model.py" line="308"/>
        <source>Asked again at this time; the wait grows after each check, up to 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_model.py" line="311"/>
        <source>No longer watched: the order reached a final state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_model.py" line="312"/>
        <source>No longer watched: the time set for watching ran out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_model.py" line="313"/>
        <source>No longer watched: its profile was removed or changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_model.py" line="314"/>
        <source>No longer watched</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WatchPanel</name>
    <message>
        <location filename="../../leshua_gui/ui/watch_panel.py" line="138"/>
        <source>Check &amp;now</source>
        <extracomment>The columns that count time are drawn again this often, and the list read again while shown (another window or the command line may have changed it). After a check&apos;s news, the list is read again (in its order) this long after the last one. The widest a column opens. a row with a new notice is bold: its text is wider than the fitted widths by about this</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_panel.py" line="139"/>
        <source>&amp;Show result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_panel.py" line="140"/>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_panel.py" line="141"/>
        <source>Clear &amp;ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_panel.py" line="142"/>
        <source>Check now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_panel.py" line="143"/>
        <source>Show result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_panel.py" line="144"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_panel.py" line="145"/>
        <source>Watched orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_panel.py" line="147"/>
        <source>Remove every watch that has ended from the list (their checks stay in the history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_panel.py" line="156"/>
        <source>No order is watched. Choose “Watch until final” on a result that is not final, or on a row of the History tab: the order is then asked again in the background, every %1 at first and less often after, up to %2 apart, for up to %3, and you are told when it is paid, failed or closed, or still unpaid after the profile&apos;s “close after” time. Every check is kept in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_panel.py" line="229"/>
        <source>The watch list cannot be used now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_panel.py" line="260"/>
        <source>Watching: %1 · ended: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_panel.py" line="351"/>
        <source>Ask the selected orders&apos; state now, without waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_panel.py" line="353"/>
        <source>These watches have ended: nothing is asked any more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_panel.py" line="355"/>
        <location filename="../../leshua_gui/ui/watch_panel.py" line="365"/>
        <source>Select a watched order first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_panel.py" line="357"/>
        <source>Show the last answer of the selected order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_panel.py" line="359"/>
        <source>Not asked yet: there is no answer to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_panel.py" line="361"/>
        <source>Select one order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_panel.py" line="363"/>
        <source>Stop watching the selected orders (their checks stay in the history)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../leshua_gui/ui/window_menus.py" line="76"/>
        <location filename="../../leshua_gui/ui/window_menus.py" line="89"/>
        <source>Check a &amp;list of orders…</source>
        <extracomment>&quot;Check a list of orders…&quot; (Ctrl+L), first in Tools: added after the first paint</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/window_menus.py" line="83"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/window_menus.py" line="84"/>
        <source>Manage &amp;profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/window_menus.py" line="85"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/window_menus.py" line="86"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/window_menus.py" line="87"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/window_menus.py" line="90"/>
        <source>Look up a &amp;refund…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/window_menus.py" line="91"/>
        <source>Check a &amp;callback…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/window_menus.py" line="92"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/window_menus.py" line="93"/>
        <source>&amp;States and what to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/window_menus.py" line="94"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/window_menus.py" line="95"/>
        <source>Open &amp;log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/window_menus.py" line="96"/>
        <source>&amp;About Leshua Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/window_menus.py" line="112"/>
        <source>States and what to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/window_menus.py" line="120"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/window_menus.py" line="132"/>
        <source>About Leshua Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/window_menus.py" line="141"/>
        <source>Leshua Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/window_menus.py" line="144"/>
        <source>Look up Leshua payment orders and verify the gateway&apos;s answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/window_menus.py" line="146"/>
        <source>Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/window_menus.py" line="147"/>
        <source>Python</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/window_menus.py" line="148"/>
        <source>Keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/window_menus.py" line="149"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/window_menus.py" line="150"/>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
