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
        <location filename="../../leshua_gui/ui/batch/controller.py" line="333"/>
        <source>Job %1 was asked for merchant %2: choose that merchant&apos;s profile.</source>
        <extracomment>how often the window hears how the job goes the rate (and so the time left) is measured over this last stretch of running unique orders of the job, and how many of them have an outcome orders per second lately (0 while paused or before the first answer) seconds left at that rate (None: not known yet, or paused) verified answers by trade state code busy answers the gateway gave in this run (each asked again) the job being run (or last run)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/controller.py" line="338"/>
        <source>There is no batch job %1 any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/controller.py" line="342"/>
        <source>This profile has no transaction key: add it in File &gt; Manage profiles…, then resume the job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/controller.py" line="347"/>
        <source>The job stopped: %1. What was answered is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchWindow</name>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="184"/>
        <source>Check a list of orders — %1</source>
        <extracomment>the results table is read again (and repainted) every this many controller ticks while a job runs: every two seconds, so the window paints its rows calmly however fast they come the window was closed (its workers stopped and its jobs file closed) a run ended: RunEnd (tests wait on it) the results panel is built and shows the job (tests wait on it) the job shown (being run, or last run)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="184"/>
        <source>Leshua Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="185"/>
        <source>Open the sa&amp;mple list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="188"/>
        <source>200 demo orders with the amounts the books hold, a few of them wrong on purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="194"/>
        <source>Check a&amp;nother list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="213"/>
        <source>Demo merchant (sandbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="220"/>
        <source>No profile to check with: create one first (File &gt; Manage profiles… in the main window).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="226"/>
        <source>Checking as %1 (merchant %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="292"/>
        <source>A job is running: wait for it, or cancel it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="304"/>
        <source>That batch job is not in the jobs file any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="316"/>
        <source>No profile “%1” for merchant %2 any more: job %3 cannot be resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="360"/>
        <source>a pasted list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="362"/>
        <source>Job %1 · %2 · rows: %3, orders to ask: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="386"/>
        <source>Every order of the list has an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="390"/>
        <source>Stopped. Left to ask: %1; the job can be resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="408"/>
        <source>The job could not go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="452"/>
        <source>The batch jobs file could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="494"/>
        <source>Row %1 was not sent: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="499"/>
        <source>Row %1 has not been asked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="534"/>
        <source>The full answer of order %1 is not in the history: it was deleted or pruned, or the job ran without recording. What the job kept: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="539"/>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="567"/>
        <source>A job is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="569"/>
        <source>The job is still asking the gateway. Pause it and close the window? It can be resumed later: it is offered at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="575"/>
        <source>&amp;Pause and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="576"/>
        <source>&amp;Keep running</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallbackDialog</name>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="82"/>
        <source>Demo merchant (sandbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="89"/>
        <source>Check a callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="91"/>
        <source>Paste the body Leshua sent to the merchant&apos;s notify_url (the XML, as received). It is checked with the profile&apos;s notify key, which is not the transaction key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="94"/>
        <source>&amp;Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="95"/>
        <source>Load a &amp;demo callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="96"/>
        <source>&amp;Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="98"/>
        <source>Callback body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="99"/>
        <source>Signature details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="110"/>
        <source>Create a profile first (File &gt; Manage profiles…) with the merchant&apos;s notify key: a callback is checked with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="117"/>
        <source>Check the pasted body with this profile&apos;s notify key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="130"/>
        <source>Paste the callback body first (the XML Leshua sent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="140"/>
        <source>This profile has no notify key: add it in Manage profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="160"/>
        <source>The body could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="175"/>
        <source>Genuine: signed with this profile&apos;s notify key. Order %1: %2, amount %4. The merchant&apos;s server must answer %3 (plain text), or Leshua sends it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="180"/>
        <source>Not verified: do not act on it. Order %1: %2, amount %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="183"/>
        <source>It was signed with the transaction key instead of the notify key: ask Leshua to check the merchant&apos;s notify key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="187"/>
        <source>It may be forged or changed, or the profile&apos;s notify key is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="200"/>
        <source>Rule that matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="202"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="203"/>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="205"/>
        <source>String that was signed (key masked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="208"/>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayField</name>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="144"/>
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
        <location filename="../../leshua_gui/ui/history_model.py" line="166"/>
        <source>Refund %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_model.py" line="167"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_model.py" line="178"/>
        <source>%1 (untrusted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_model.py" line="207"/>
        <source>Gateway not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_model.py" line="208"/>
        <source>No answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_model.py" line="209"/>
        <source>Unreadable answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_model.py" line="278"/>
        <source>As the gateway wrote it: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="296"/>
        <source>Queried at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="296"/>
        <location filename="../../leshua_gui/ui/history_panel.py" line="324"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="297"/>
        <source>Merchant id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="298"/>
        <source>Order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="298"/>
        <source>Lookup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="299"/>
        <location filename="../../leshua_gui/ui/history_panel.py" line="323"/>
        <source>Trade state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="300"/>
        <location filename="../../leshua_gui/ui/history_panel.py" line="323"/>
        <source>Pay way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="300"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="301"/>
        <source>Settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="302"/>
        <source>Paid at (Beijing time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="303"/>
        <source>Signature / error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="311"/>
        <source>Search the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="312"/>
        <source>Any state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="314"/>
        <source>Any pay way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="316"/>
        <source>Any outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="320"/>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="324"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="326"/>
        <source>D&amp;uring:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="327"/>
        <source>Any day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="328"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="328"/>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="329"/>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="329"/>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="330"/>
        <source>Chosen days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="332"/>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="333"/>
        <source>by query time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="334"/>
        <source>by pay time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="335"/>
        <source>Days compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="337"/>
        <source>Compare the days with the time of the query, or with the pay time the answer gave (Beijing time; rows without a pay time then do not match)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="340"/>
        <source>Include untrusted answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="342"/>
        <source>A trade state filter lists answers with a verified signature only. Tick to list forged, unsigned or faulty answers claiming that state too (marked untrusted; their amounts are never exported as numbers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="346"/>
        <source>Latest answer per order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="348"/>
        <source>Of the rows matching the filters, show only the newest for each order (the same order, merchant, environment and lookup), so that a repeated query is listed and exported once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="353"/>
        <source>from any day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="354"/>
        <source>to any day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="358"/>
        <source>Type a day (2026-12-01 or 20261201), press Alt+Down for a calendar, or leave it empty for any day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="361"/>
        <source>Pick the day from a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="362"/>
        <source>Sho&amp;w answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="364"/>
        <source>E&amp;xport…</source>
        <translation type="unfinished">E&amp;xport…</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="368"/>
        <source>Remo&amp;ve selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="369"/>
        <source>C&amp;lear history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="499"/>
        <source>No queries recorded yet: every lookup you run is listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="500"/>
        <source>No query matches the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="503"/>
        <source>The search matches the beginning or the end of an id (order, Leshua, transaction or refund number), not its middle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../leshua_gui/ui/history_panel.py" line="511"/>
        <source>%n+ queries (scroll for more)</source>
        <translation>
            <numerusform>%n+ query (scroll for more)</numerusform>
            <numerusform>%n+ queries (scroll for more)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leshua_gui/ui/history_panel.py" line="513"/>
        <source>%n queries</source>
        <translation>
            <numerusform>%n query</numerusform>
            <numerusform>%n queries</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="524"/>
        <source>Select a row first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="562"/>
        <source>Remove queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../leshua_gui/ui/history_panel.py" line="563"/>
        <source>Remove %n selected queries from the history? This cannot be undone.</source>
        <translation>
            <numerusform>Remove the selected query from the history? This cannot be undone.</numerusform>
            <numerusform>Remove %n selected queries from the history? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leshua_gui/ui/history_panel.py" line="574"/>
        <source>Delete all %n queries in the history? This cannot be undone.</source>
        <translation>
            <numerusform>Delete the only query in the history? This cannot be undone.</numerusform>
            <numerusform>Delete all %n queries in the history? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leshua_gui/ui/history_panel.py" line="581"/>
        <source>Delete the %n queries the filters show? The queries they hide are kept. This cannot be undone.</source>
        <translation>
            <numerusform>Delete the 1 query the filters show? The queries they hide are kept. This cannot be undone.</numerusform>
            <numerusform>Delete the %n queries the filters show? The queries they hide are kept. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="583"/>
        <source>Clear the filtered queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../leshua_gui/ui/history_panel.py" line="618"/>
        <source>%n rows written to %1</source>
        <translation>
            <numerusform>%n row written to %1</numerusform>
            <numerusform>%n rows written to %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="353"/>
        <source>From day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="305"/>
        <source>Fi&amp;nd:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="306"/>
        <source>The beginning or the end of any id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="308"/>
        <source>Matches the beginning or the end of an order, Leshua, transaction or refund number (not its middle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="354"/>
        <source>To day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="363"/>
        <source>Query a&amp;gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="366"/>
        <source>Write the rows matching the filter to Excel (.xlsx) or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="370"/>
        <source>Query history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="386"/>
        <source>Any profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="387"/>
        <source>(no profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="471"/>
        <source>The history could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="475"/>
        <source>it was written by a newer version of Leshua Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="476"/>
        <source>it is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="480"/>
        <source>The history file was set aside as %1 (%2) and a new one started; nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="576"/>
        <source>Clear history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="590"/>
        <source>The history is not answering: the change may not be saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="597"/>
        <source>Export history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="598"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="611"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="623"/>
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
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="66"/>
        <source>Show or hide the %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="312"/>
        <location filename="../../leshua_gui/ui/main_window.py" line="357"/>
        <source>A query is running: wait for it or cancel it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="316"/>
        <source>No profile “%1” for merchant %2 any more: the query was not repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="169"/>
        <source>Leshua Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="282"/>
        <source>Query cancelled: the order&apos;s state is unknown, not unpaid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="135"/>
        <source>Copied to the clipboard.</source>
        <extracomment>the last finished lookup (its result is what the result and raw views show) the window for lists of orders, and the offer to resume a batch job (made when needed)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="170"/>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="359"/>
        <source>Create a profile first: File &gt; Manage profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="364"/>
        <source>Type the order number first, then look up its refund.</source>
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
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="177"/>
        <source>Manage profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="178"/>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="179"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="180"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="182"/>
        <source>Add profiles from a file a colleague exported (you enter the keys)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="184"/>
        <source>E&amp;xport…</source>
        <translation type="unfinished">E&amp;xport…</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="186"/>
        <source>Write the profiles to a file for a colleague (never the keys)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="188"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="189"/>
        <source>&amp;Test this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="191"/>
        <source>Keep keys for this session only (asked again at the next start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="194"/>
        <source>&amp;Merchant id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="194"/>
        <source>N&amp;ame:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="195"/>
        <source>&amp;Gateway:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="195"/>
        <source>Gateway &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="196"/>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="196"/>
        <source>Transaction &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="197"/>
        <source>Noti&amp;fy key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="201"/>
        <source>10 digits, leading zeros count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="202"/>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="203"/>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="345"/>
        <source>transaction key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="204"/>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="346"/>
        <source>notify key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="208"/>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="208"/>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="209"/>
        <source>Sandbox (local demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="209"/>
        <source>Custom URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="214"/>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="222"/>
        <source>Keys are kept in the system keyring (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="242"/>
        <source>no keyring was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="243"/>
        <source>it discards every secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="244"/>
        <source>it keeps secrets in a file other programs can read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="245"/>
        <source>it could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="248"/>
        <source>The keyring found here (%1) cannot keep keys safely: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="256"/>
        <source>A safe keyring is installed too: pick it explicitly with the environment variable PYTHON_KEYRING_BACKEND=%1 (or default-keyring=%1 in keyringrc.cfg), or uninstall keyrings.alt; or keep the keys for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="264"/>
        <source>Install and unlock GNOME Keyring or KWallet (Debian/Ubuntu: sudo apt install gnome-keyring), then start Leshua Desk again; or keep the keys for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="269"/>
        <source>Allow access to the system keyring, or keep the keys for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="349"/>
        <source>unchanged (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="350"/>
        <source>%1 is set (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="352"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="353"/>
        <source>%1 is not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="367"/>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="368"/>
        <source>optional: for checking callbacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="374"/>
        <source>Nothing to delete: this profile is not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="462"/>
        <source>Saved “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="474"/>
        <source>Export profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="475"/>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="493"/>
        <source>Profiles (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="487"/>
        <source>%1 profiles written to %2 (without keys).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="493"/>
        <source>Import profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="510"/>
        <source>Nothing to import: every profile in the file already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="515"/>
        <source>%1 profiles already exist and were skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="534"/>
        <source>Importing “%1”: enter its keys, then Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="536"/>
        <source>%1 more to come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="549"/>
        <source>Give the profile a name (one line, up to 80 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="551"/>
        <source>A profile with this name already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="553"/>
        <source>The merchant id is exactly 10 digits; leading zeros count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="555"/>
        <source>The gateway URL must start with https:// (plain http only for this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="557"/>
        <source>Enter the transaction key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="559"/>
        <source>A profile name cannot contain control, direction-changing or invisible characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="561"/>
        <source>A note is at most 2000 characters, without control or direction-changing characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="572"/>
        <source>Delete profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="573"/>
        <source>Delete the profile “%1” and remove its keys from the keyring?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="584"/>
        <source>Deleted “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="627"/>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="658"/>
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
        <location filename="../../leshua_gui/ui/result_tabs.py" line="116"/>
        <location filename="../../leshua_gui/ui/result_tabs.py" line="153"/>
        <source>Hist&amp;ory</source>
        <extracomment>what the result and raw views are about (a lookup asked, a stored record), so a language switch titles them again in the new language</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_tabs.py" line="151"/>
        <source>&amp;Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_tabs.py" line="152"/>
        <source>R&amp;aw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_tabs.py" line="166"/>
        <location filename="../../leshua_gui/ui/result_tabs.py" line="175"/>
        <source>Demo merchant (sandbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_tabs.py" line="169"/>
        <location filename="../../leshua_gui/ui/result_tabs.py" line="178"/>
        <source>refund %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_tabs.py" line="213"/>
        <source>This query was not recorded in the history: %1. The answer above is complete; copy its summary if support will need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_tabs.py" line="217"/>
        <source>Not recorded in the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="221"/>
        <source>Copy &amp;summary</source>
        <extracomment>&quot;Look up its refund…&quot;: the order shown was refunded (or is being refunded) &quot;asking&quot; or &quot;cancelled&quot; while no answer of the query being shown has come</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="222"/>
        <source>Copy a plain-text summary for a support ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="223"/>
        <source>Copy summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="243"/>
        <source>Enter an order number and press Enter to look it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="393"/>
        <source>From history: queried at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="302"/>
        <location filename="../../leshua_gui/ui/result_view.py" line="395"/>
        <location filename="../../leshua_gui/ui/result_view.py" line="638"/>
        <source>Queried at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="224"/>
        <source>&amp;Copy masked summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="227"/>
        <source>Copy the summary with the payer&apos;s identifiers and the attached data hidden, for a ticket that leaves the company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="231"/>
        <source>Copy masked summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="232"/>
        <source>Save e&amp;vidence sheet (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="234"/>
        <source>Save what was asked, what came back, the verification and the raw answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="236"/>
        <source>Save evidence sheet (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="237"/>
        <source>&amp;Look up its refund…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="240"/>
        <source>Look up a refund of this order by its refund number (Tools &gt; Look up a refund)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="293"/>
        <source>Cancelled: state unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="295"/>
        <source>The query was cancelled before an answer came: the order&apos;s state is unknown, not unpaid. Query again to know it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="299"/>
        <source>Asking the gateway…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="370"/>
        <source>Refund not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../leshua_gui/ui/result_view.py" line="398"/>
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n attempt</numerusform>
            <numerusform>%n attempts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="447"/>
        <source>The keyring is locked: unlock it, then query again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="449"/>
        <source>Keys cannot be kept in a keyring here: File &gt; Manage profiles says what to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="455"/>
        <source>The keyring could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="473"/>
        <source>Gateway said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="485"/>
        <source>Stopped at the deadline before a final state: the order&apos;s state is unknown, not unpaid. Query again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="640"/>
        <source>The order&apos;s state is unknown, not unpaid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="581"/>
        <source>Copy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="475"/>
        <source>HTTP status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="579"/>
        <source>Copy %1, marked as untrusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="600"/>
        <location filename="../../leshua_gui/ui/result_view.py" line="618"/>
        <source>%1 fen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="499"/>
        <source>Cancelled: the state is unknown; the last answer shown is not final.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="216"/>
        <source>not verified (claims %1)</source>
        <extracomment>The totals are counted again at most this often while a job runs (seconds), and never more than a third of the time: a pass over a large job is long, and its Python work competes with the GUI thread for the interpreter. A pass over the rows lets the GUI thread in this often (rows). The widest a column opens (its cell elides the rest; its tooltip holds it all). the JobRow double-clicked (or Enter pressed on): the window shows its whole answer a file was written (its path) how long the last pass took (seconds) the last message box shown (an export that failed), for the tests to read the trade states and pay ways the job&apos;s verified answers gave (for the filters) the status line shows the hint (no message of its own)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="217"/>
        <source>repeats row %1 (asked once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="218"/>
        <source>no amount in the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="219"/>
        <source>%1 fen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="220"/>
        <source>Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="221"/>
        <source>Gateway code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="222"/>
        <source>merchant</source>
        <comment>order number kind, short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="223"/>
        <source>Leshua</source>
        <comment>order number kind, short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="231"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="231"/>
        <source>Order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="231"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="232"/>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="252"/>
        <source>Trade state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="232"/>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="254"/>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="233"/>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="253"/>
        <source>Pay way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="233"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="234"/>
        <source>Settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="234"/>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="235"/>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="236"/>
        <source>Paid at (Beijing time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="237"/>
        <source>Error / remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="240"/>
        <source>The row of the list (as a spreadsheet numbers it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="241"/>
        <source>Whether the gateway&apos;s answer was verified: only a verified answer&apos;s state and amounts are shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="243"/>
        <source>The amount the list gives (the books)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="244"/>
        <source>The gateway&apos;s amount minus the expected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="245"/>
        <source>What went wrong, or why the row needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="248"/>
        <source>Any trade state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="249"/>
        <source>Any pay way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="250"/>
        <source>Any verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="256"/>
        <source>Only the rows to look at: not sent, repeated, not verified, errors, not found, not final, or an amount that differs from the books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="260"/>
        <source>Rows of the batch job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="261"/>
        <source>Export .xlsx…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="263"/>
        <source>An Excel workbook: a Summary sheet with the totals and the check against the books, and a Rows sheet with the rows the filters show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="266"/>
        <source>Export .csv…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="267"/>
        <source>The rows the filters show, as CSV (UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="277"/>
        <source>Double-click a row, or press Enter, to see its whole answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="310"/>
        <source>Nee&amp;ds attention (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="312"/>
        <source>Nee&amp;ds attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="321"/>
        <source>Rows: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="324"/>
        <source>Rows shown: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="333"/>
        <source>No batch job is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="335"/>
        <source>No row matches the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="337"/>
        <source>This list has no rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="442"/>
        <source>The rows could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="514"/>
        <source>The totals could not be counted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="533"/>
        <source>Copy rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="536"/>
        <source>Copy order numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="539"/>
        <source>Show the whole answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="578"/>
        <source>Copying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="587"/>
        <source>Rows copied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="600"/>
        <source>filtered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="608"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="609"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="612"/>
        <source>Export the batch job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="643"/>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="656"/>
        <source>Rows written: %1, to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="665"/>
        <source>Export failed: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="668"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="671"/>
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
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="75"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="78"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="85"/>
        <source>Keep querying until a final state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="86"/>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="87"/>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="88"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="89"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="90"/>
        <source>keep everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="91"/>
        <source>system certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="92"/>
        <source>B&amp;rowse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="94"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="95"/>
        <source>Polling:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="96"/>
        <source>Polling &amp;deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="97"/>
        <source>&amp;Connect timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="98"/>
        <source>&amp;Answer timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="99"/>
        <source>CA &amp;bundle (corporate proxy):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="100"/>
        <source>Keep &amp;history for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="116"/>
        <source>CA bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="116"/>
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
        <location filename="../../leshua_gui/ui/result_view.py" line="115"/>
        <source>Copy</source>
        <extracomment>Rows without a copy button (their context menu still copies: a code, the state&apos;s code).</extracomment>
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
