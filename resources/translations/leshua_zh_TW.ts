<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../leshua_gui/ui/evidence_sheet.py" line="103"/>
        <source>Evidence sheet</source>
        <translation>查詢憑證單</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/evidence_sheet.py" line="114"/>
        <location filename="../../leshua_gui/ui/evidence_sheet.py" line="124"/>
        <source>Save evidence sheet</source>
        <translation>儲存憑證單</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/evidence_sheet.py" line="114"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/evidence_sheet.py" line="124"/>
        <source>Not saved: %1</source>
        <translation>未儲存：%1</translation>
    </message>
</context>
<context>
    <name>BatchController</name>
    <message>
        <location filename="../../leshua_gui/ui/batch/controller.py" line="379"/>
        <source>Job %1 was asked for merchant %2: choose that merchant&apos;s profile.</source>
        <extracomment>how often the window hears how the job goes the rate (and so the time left) is measured over this last stretch of running how often the history panel is told of the job&apos;s new records while it runs (and at its end) unique orders of the job, and how many of them have an outcome orders per second lately (0 while paused or before the first answer) seconds left at that rate (None: not known yet, or paused) verified answers by trade state code busy answers the gateway gave in this run (each asked again) the totals the job&apos;s process counted (RunTotals), passed on with the next tick the job being run (or last run)</extracomment>
        <translation>任務 %1 是以商戶 %2 查詢的：請選擇該商戶的商戶設定檔。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/controller.py" line="384"/>
        <source>There is no batch job %1 any more.</source>
        <translation>批量任務 %1 已不存在。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/controller.py" line="388"/>
        <source>This profile has no transaction key: add it in File &gt; Manage profiles…, then resume the job.</source>
        <translation>此商戶設定檔沒有交易金鑰：請在「檔案 &gt; 管理商戶設定檔…」中新增，然後繼續該任務。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/controller.py" line="393"/>
        <source>The job stopped: %1. What was answered is kept.</source>
        <translation>任務已停止：%1。已收到的應答均已保留。</translation>
    </message>
</context>
<context>
    <name>BatchWindow</name>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="186"/>
        <source>Check a list of orders — %1</source>
        <extracomment>the results table is read again (and repainted) every this many controller ticks while a job runs: every two seconds, so the window paints its rows calmly however fast they come the window was closed (its workers stopped and its jobs file closed) a run ended: RunEnd (tests wait on it) the results panel is built and shows the job (tests wait on it) the job shown (being run, or last run)</extracomment>
        <translation>批量查單 — %1</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="186"/>
        <source>Leshua Desk</source>
        <translation>樂刷查單助手</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="187"/>
        <source>Open the sa&amp;mple list</source>
        <translation>開啟範例清單(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="190"/>
        <source>200 demo orders with the amounts the books hold, a few of them wrong on purpose</source>
        <translation>200 筆示範訂單及帳上的金額，其中幾筆故意寫錯</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="196"/>
        <source>Check a&amp;nother list</source>
        <translation>查詢另一份清單(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="215"/>
        <source>Demo merchant (sandbox)</source>
        <translation>示範商戶（沙盒）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="222"/>
        <source>No profile to check with: create one first (File &gt; Manage profiles… in the main window).</source>
        <translation>沒有可用於查詢的商戶設定檔：請先建立一個（主視窗的「檔案 &gt; 管理商戶設定檔…」）。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="228"/>
        <source>Checking as %1 (merchant %2)</source>
        <translation>查詢身分：%1（商戶號 %2）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="294"/>
        <source>A job is running: wait for it, or cancel it first.</source>
        <translation>有任務正在進行：請等待其結束，或先取消。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="306"/>
        <source>That batch job is not in the jobs file any more.</source>
        <translation>批量任務檔案中已沒有這個任務。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="318"/>
        <source>No profile “%1” for merchant %2 any more: job %3 cannot be resumed.</source>
        <translation>已沒有商戶號 %2 的商戶設定檔「%1」：無法繼續任務 %3。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="373"/>
        <source>a pasted list</source>
        <translation>貼上的清單</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="375"/>
        <source>Job %1 · %2 · rows: %3, orders to ask: %4</source>
        <translation>任務 %1 · %2 · 列數：%3，要查詢的訂單：%4</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="400"/>
        <source>Every order of the list has an answer.</source>
        <translation>清單中的每個訂單都已收到應答。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="404"/>
        <source>Stopped. Left to ask: %1; the job can be resumed.</source>
        <translation>已停止。尚未查詢：%1 個；此任務可以繼續。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="423"/>
        <source>The job could not go on</source>
        <translation>任務無法繼續</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="467"/>
        <source>The batch jobs file could not be read: %1</source>
        <translation>無法讀取批量任務檔案：%1</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="510"/>
        <source>Row %1 was not sent: %2</source>
        <translation>第 %1 列未發送：%2</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="515"/>
        <source>Row %1 has not been asked yet.</source>
        <translation>第 %1 列尚未查詢。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="550"/>
        <source>The full answer of order %1 is not in the history: it was deleted or pruned, or the job ran without recording. What the job kept: %2</source>
        <translation>訂單 %1 的完整應答不在查詢記錄中：可能已被刪除或因超過保留期限而清除，或該任務執行時未記錄。任務保留的結果：%2</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="555"/>
        <source>Order %1</source>
        <translation>訂單 %1</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="583"/>
        <source>A job is running</source>
        <translation>任務正在進行</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="585"/>
        <source>The job is still asking the gateway. Pause it and close the window? It can be resumed later: it is offered at the next start.</source>
        <translation>任務仍在向閘道查詢。要暫停任務並關閉視窗嗎？之後可以繼續：下次啟動時會提示繼續。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="591"/>
        <source>&amp;Pause and close</source>
        <translation>暫停並關閉(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="592"/>
        <source>&amp;Keep running</source>
        <translation>繼續執行(&amp;K)</translation>
    </message>
</context>
<context>
    <name>CallbackDialog</name>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="116"/>
        <source>Demo merchant (sandbox)</source>
        <translation>示範商戶（沙盒）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="123"/>
        <source>Check a callback</source>
        <translation>驗證非同步通知</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="125"/>
        <source>Paste the body Leshua sent to the merchant&apos;s notify_url (the XML, as received). It is checked with the profile&apos;s notify key, which is not the transaction key.</source>
        <translation>貼上樂刷傳送到商戶 notify_url 的報文（收到的 XML 原文）。驗證時使用商戶設定檔中的非同步通知金鑰，而不是交易金鑰。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="128"/>
        <source>&amp;Profile:</source>
        <translation>商戶設定檔(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="129"/>
        <source>Load a &amp;demo callback</source>
        <translation>載入示範通知(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="130"/>
        <source>&amp;Check</source>
        <translation>驗證(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="132"/>
        <source>Callback body</source>
        <translation>通知報文</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="133"/>
        <source>Signature details</source>
        <translation>簽名詳情</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="150"/>
        <source>Create a profile first (File &gt; Manage profiles…) with the merchant&apos;s notify key: a callback is checked with it.</source>
        <translation>請先建立商戶設定檔（檔案 &gt; 管理商戶設定檔…）並填寫非同步通知金鑰：非同步通知要用它驗證。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="157"/>
        <source>Check the pasted body with this profile&apos;s notify key</source>
        <translation>用此商戶設定檔的非同步通知金鑰驗證貼上的報文</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="171"/>
        <source>Paste the callback body first (the XML Leshua sent).</source>
        <translation>請先貼上非同步通知報文（樂刷傳送的 XML）。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="189"/>
        <source>Checking…</source>
        <translation>正在驗證…</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="204"/>
        <source>This profile has no notify key: add it in Manage profiles.</source>
        <translation>此商戶設定檔沒有非同步通知金鑰：請在「管理商戶設定檔」中新增。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="216"/>
        <source>The check could not be completed (%1): the log has the details.</source>
        <translation>驗證未能完成（%1）：詳情請見記錄檔。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="266"/>
        <source>The body could not be read: %1</source>
        <translation>報文無法解析：%1</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="281"/>
        <source>Genuine: signed with this profile&apos;s notify key. Order %1: %2, amount %4. The merchant&apos;s server must answer %3 (plain text), or Leshua sends it again.</source>
        <translation>驗簽成功：由此商戶設定檔的非同步通知金鑰簽名。訂單 %1：%2，金額 %4。商戶伺服器必須回覆 %3（純文字），否則樂刷會再次傳送。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="286"/>
        <source>Not verified: do not act on it. Order %1: %2, amount %4.</source>
        <translation>驗簽失敗：請勿據此處理。訂單 %1：%2，金額 %4。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="289"/>
        <source>It was signed with the transaction key instead of the notify key: ask Leshua to check the merchant&apos;s notify key.</source>
        <translation>它是用交易金鑰簽名的，而不是非同步通知金鑰：請聯絡樂刷核對商戶的非同步通知金鑰。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="293"/>
        <source>It may be forged or changed, or the profile&apos;s notify key is wrong.</source>
        <translation>它可能遭偽造或竄改，或者商戶設定檔中的非同步通知金鑰有誤。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="306"/>
        <source>Rule that matched</source>
        <translation>符合的規則</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="308"/>
        <source>Received</source>
        <translation>收到</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="309"/>
        <source>Expected</source>
        <translation>應為</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="311"/>
        <source>String that was signed (key masked)</source>
        <translation>簽名的原始字串（金鑰已遮蓋）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="314"/>
        <source>Fields</source>
        <translation>欄位</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="72"/>
        <source>Close an unpaid order</source>
        <extracomment>what close_guarded returned (None: not run, running, or it raised)</extracomment>
        <translation>關閉未付款的訂單</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="75"/>
        <source>Close this unpaid order at the gateway?</source>
        <translation>要在閘道關閉這筆未付款的訂單嗎？</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="87"/>
        <source>not known (the answer did not say)</source>
        <translation>未知（應答中沒有）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="91"/>
        <source>Demo merchant (sandbox)</source>
        <translation>示範商戶（沙盒）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="92"/>
        <source>%1 (profile %2)</source>
        <translation>%1（商戶設定檔 %2）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="96"/>
        <source>Amount:</source>
        <translation>金額：</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="97"/>
        <source>Merchant:</source>
        <translation>商戶：</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="101"/>
        <source>Once the order is closed, a payment arriving later for it is refused: the payer has to pay again on a new order. Closing cannot be undone.</source>
        <translation>訂單一旦關閉，之後到達的該訂單付款將被拒絕：付款人需要透過新訂單重新付款。關閉後無法復原。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="113"/>
        <source>The order is queried again right before closing (only a verified “paying” order is closed) and right after (the state shown then is that verified answer).</source>
        <translation>關閉前會立即再次查詢訂單（只有簽名已驗證且為「支付中」的訂單才會被關閉），關閉後也會立即再查一次（屆時顯示的就是這次簽名已驗證的應答中的狀態）。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="120"/>
        <source>&amp;Type or paste the order number to confirm:</source>
        <translation>輸入或貼上訂單號以確認(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="123"/>
        <source>Order number, to confirm</source>
        <translation>用於確認的訂單號</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="140"/>
        <source>Clos&amp;e order</source>
        <extracomment>why Close order is not enabled yet (shown while the number does not match) &quot;Closing…&quot;, then what came of it</extracomment>
        <translation>關閉訂單(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="142"/>
        <source>Close this unpaid order at the gateway (a payment arriving later is refused)</source>
        <translation>在閘道關閉這筆未付款的訂單（之後到達的付款將被拒絕）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="149"/>
        <source>&amp;Done</source>
        <translation>完成(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="196"/>
        <source>Closing orders is not allowed for this profile: its owner can allow it in File &gt; Manage profiles…</source>
        <translation>此商戶設定檔不允許關閉訂單：其擁有者可在「檔案 &gt; 管理商戶設定檔…」中允許。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="202"/>
        <source>That is not this order&apos;s number: check every character.</source>
        <translation>這不是該訂單的訂單號：請逐一字元核對。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="204"/>
        <source>Type the order number exactly as shown above to enable Close order.</source>
        <translation>請依上方顯示原樣輸入訂單號，才能使用「關閉訂單」。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="225"/>
        <source>Closing… (asking the order&apos;s state, closing it, asking again)</source>
        <translation>正在關閉…（查詢訂單狀態、關閉、再次查詢）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="249"/>
        <source>Nothing was sent to close: %1</source>
        <translation>未送出關閉請求：%1</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="255"/>
        <source>Closing stopped on an unexpected problem (%1): whether the close was sent is not known. Query the order again; the log has the details.</source>
        <translation>關閉因意外問題中止（%1）：不確定關閉請求是否已送出。請重新查詢該訂單；詳情見日誌。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="277"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="292"/>
        <source>Gateway said: %1</source>
        <translation>閘道原文：%1</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="294"/>
        <source>HTTP status: %1</source>
        <translation>HTTP 狀態碼：%1</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="302"/>
        <source>Closed. The order was queried again after closing: its verified state is %1.</source>
        <translation>已關閉。關閉後再次查詢了該訂單：簽名已驗證的狀態為%1。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="309"/>
        <source>Not closed: closing orders is not allowed for this profile. Nothing was sent.</source>
        <translation>未關閉：此商戶設定檔不允許關閉訂單。未送出任何請求。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="313"/>
        <source>Not closed: the number typed is not this order&apos;s number. Nothing was sent.</source>
        <translation>未關閉：輸入的號碼不是該訂單的訂單號。未送出任何請求。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="320"/>
        <source>Not closed: the order&apos;s state could not be asked right before closing, so nothing was sent to close. %1</source>
        <translation>未關閉：關閉前未能查詢到訂單狀態，因此未送出關閉請求。%1</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="328"/>
        <source>Not closed: the answer right before closing did not verify (%1). An answer that does not verify is never taken for paying: nothing was sent to close.</source>
        <translation>未關閉：關閉前的應答未通過簽名驗證（%1）。未通過簽名驗證的應答絕不會被當作「支付中」：未送出關閉請求。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="337"/>
        <source>Not closed: the order is already %1 (verified, queried right before closing). Only an order still paying can be closed: nothing was sent to close.</source>
        <translation>未關閉：該訂單已是%1（關閉前剛查詢，簽名已驗證）。只有仍在支付中的訂單才能關閉：未送出關閉請求。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="349"/>
        <source>Queried again after: its verified state is %1.</source>
        <translation>關閉後再次查詢：簽名已驗證的狀態為%1。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="351"/>
        <source>Queried again after: no verified answer came.</source>
        <translation>關閉後再次查詢：沒有收到簽名已驗證的應答。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="358"/>
        <source>The gateway refused to close the order: %1</source>
        <translation>閘道拒絕關閉該訂單：%1</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="366"/>
        <source>A barcode payment order can only be closed %1 minutes after it was created: try again later.</source>
        <translation>付款碼支付的訂單只能在建立 %1 分鐘後關閉：請稍後再試。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="375"/>
        <source>The order changed in the meantime: it is %1 now (verified).</source>
        <translation>該訂單在此期間已發生變化：現在是%1（簽名已驗證）。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="385"/>
        <source>The gateway answered that it closed the order, but the query right after says %1 (verified): the order changed in the meantime.</source>
        <translation>閘道應答已關閉該訂單，但隨後立即查詢的結果為%1（簽名已驗證）：該訂單在此期間已發生變化。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="390"/>
        <source>Sent but not confirmed: query the order again to know its state.</source>
        <translation>已送出但未確認：請重新查詢該訂單以確認其狀態。</translation>
    </message>
</context>
<context>
    <name>DayField</name>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="145"/>
        <source>Not a day: type it as 2026-12-01 or 20261201, or leave it empty for any day</source>
        <extracomment>The widest a column opens (its cell elides the rest, its tooltip holds it all).</extracomment>
        <translation>不是有效日期：請輸入 2026-12-01 或 20261201，留空表示不限日期</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <location filename="../../leshua_gui/ui/demo_banner.py" line="28"/>
        <source>DEMO — a local sandbox gateway at %1 with made-up orders. Nothing here touches a real merchant.</source>
        <translation>示範模式 — 本機沙盒閘道 %1，訂單均為虛構，不會涉及任何真實商戶。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/demo_banner.py" line="31"/>
        <source>Demo mode</source>
        <translation>示範模式</translation>
    </message>
</context>
<context>
    <name>FirstRunPanel</name>
    <message>
        <location filename="../../leshua_gui/ui/first_run.py" line="36"/>
        <source>Welcome to Leshua Desk</source>
        <translation>歡迎使用樂刷查單助手</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/first_run.py" line="37"/>
        <source>Look up Leshua payment orders and check that the gateway&apos;s answer is genuine. Create a profile with your merchant id and keys, or open the demo to see every order state on a local sandbox gateway.</source>
        <translation>查詢樂刷支付訂單，並驗證閘道應答的真實性。請用商戶號和金鑰建立一個商戶設定檔，或開啟示範，在本機沙盒閘道上查看各種訂單狀態。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/first_run.py" line="41"/>
        <source>&amp;Create a profile…</source>
        <translation>建立商戶設定檔(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/first_run.py" line="42"/>
        <source>Open the &amp;demo</source>
        <translation>開啟示範(&amp;D)</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../leshua_gui/ui/help_dialog.py" line="67"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/help_dialog.py" line="68"/>
        <source>Look up the order in the query bar</source>
        <translation>查詢輸入列中的訂單</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/help_dialog.py" line="71"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/help_dialog.py" line="72"/>
        <source>Stop the running query</source>
        <translation>停止進行中的查詢</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../leshua_gui/ui/history_model.py" line="153"/>
        <source>Demo merchant (sandbox)</source>
        <translation>示範商戶（沙盒）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_model.py" line="184"/>
        <source>Refund %1</source>
        <translation>退款 %1</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_model.py" line="187"/>
        <source>Order</source>
        <translation>訂單</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_model.py" line="176"/>
        <source>%1 (untrusted)</source>
        <translation>%1（不可信）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_model.py" line="186"/>
        <source>Close attempt</source>
        <translation>關閉訂單請求</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_model.py" line="203"/>
        <source>not closed</source>
        <translation>未關閉</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_model.py" line="216"/>
        <source>Gateway not reached</source>
        <translation>無法連線閘道</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_model.py" line="217"/>
        <source>No answer in time</source>
        <translation>閘道未及時應答</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_model.py" line="218"/>
        <source>Unreadable answer</source>
        <translation>應答無法解析</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_model.py" line="269"/>
        <source>An attempt to close the order</source>
        <translation>請求關閉訂單</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_model.py" line="270"/>
        <source>An attempt to close the order, by %1</source>
        <translation>請求關閉訂單（作業系統使用者：%1）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_model.py" line="296"/>
        <source>As the gateway wrote it: %1</source>
        <translation>閘道原文：%1</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="299"/>
        <source>Queried at</source>
        <extracomment>&quot;Watch until final&quot; on an order lookup whose answer is not final (HistoryRecord.watchable)</extracomment>
        <translation>查詢時間</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="299"/>
        <location filename="../../leshua_gui/ui/history_panel.py" line="332"/>
        <source>Profile</source>
        <translation>商戶設定檔</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="300"/>
        <source>Merchant id</source>
        <translation>商戶號</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="301"/>
        <source>Order number</source>
        <translation>訂單號</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="301"/>
        <location filename="../../leshua_gui/ui/history_panel.py" line="329"/>
        <source>Lookup</source>
        <translation>查詢類型</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="302"/>
        <location filename="../../leshua_gui/ui/history_panel.py" line="331"/>
        <source>Trade state</source>
        <translation>交易狀態</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="303"/>
        <location filename="../../leshua_gui/ui/history_panel.py" line="331"/>
        <source>Pay way</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="303"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="304"/>
        <source>Settlement</source>
        <translation>結算金額</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="305"/>
        <source>Paid at (Beijing time)</source>
        <translation>支付時間（北京時間）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="306"/>
        <source>Signature / error</source>
        <translation>簽名 / 錯誤</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="308"/>
        <source>Fi&amp;nd:</source>
        <translation>尋找(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="309"/>
        <source>The beginning or the end of any id</source>
        <translation>任一單號的開頭或結尾</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="311"/>
        <source>Matches the beginning or the end of an order, Leshua, transaction or refund number (not its middle)</source>
        <translation>比對商戶訂單號、樂刷訂單號、交易單號或退款單號的開頭或結尾（不比對中間部分）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="314"/>
        <source>Search the history</source>
        <translation>搜尋查詢記錄</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="315"/>
        <source>Any state</source>
        <translation>全部狀態</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="317"/>
        <source>Any pay way</source>
        <translation>全部支付方式</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="319"/>
        <source>Any outcome</source>
        <translation>全部結果</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="323"/>
        <source>Errors</source>
        <translation>出錯的查詢</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="325"/>
        <source>Any lookup</source>
        <translation>全部查詢類型</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="326"/>
        <source>Order lookups</source>
        <translation>訂單查詢</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="326"/>
        <source>Refund lookups</source>
        <translation>退款查詢</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="327"/>
        <source>Close attempts</source>
        <translation>關閉訂單請求</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="332"/>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="334"/>
        <source>D&amp;uring:</source>
        <translation>日期(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="335"/>
        <source>Any day</source>
        <translation>不限日期</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="336"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="336"/>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="337"/>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="337"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="338"/>
        <source>Chosen days</source>
        <translation>自選日期</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="340"/>
        <source>Days</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="341"/>
        <source>by query time</source>
        <translation>依查詢時間</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="342"/>
        <source>by pay time</source>
        <translation>依支付時間</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="343"/>
        <source>Days compare</source>
        <translation>日期依據</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="345"/>
        <source>Compare the days with the time of the query, or with the pay time the answer gave (Beijing time; rows without a pay time then do not match)</source>
        <translation>依查詢時間或應答中的支付時間篩選日期（支付時間為北京時間；依支付時間篩選時，沒有支付時間的記錄不會列出）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="348"/>
        <source>Include untrusted answers</source>
        <translation>包含不可信的應答</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="350"/>
        <source>A trade state filter lists answers with a verified signature only. Tick to list forged, unsigned or faulty answers claiming that state too (marked untrusted; their amounts are never exported as numbers).</source>
        <translation>依交易狀態篩選時只列出簽名驗證成功的應答。勾選後也會列出聲稱該狀態的偽造、無簽名或有誤的應答（標為不可信；其金額匯出時一律不作為數字）。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="354"/>
        <source>Latest answer per order</source>
        <translation>每個訂單只看最新應答</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="356"/>
        <source>Of the rows matching the filters, show only the newest for each order (the same order, merchant, environment and lookup), so that a repeated query is listed and exported once.</source>
        <translation>在符合篩選條件的記錄中，每個訂單（同一訂單、商戶、環境和查詢類型）只顯示最新的一筆，重複的查詢只會列出和匯出一次。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="361"/>
        <source>from any day</source>
        <translation>起始：不限</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="361"/>
        <source>From day</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="362"/>
        <source>to any day</source>
        <translation>截止：不限</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="362"/>
        <source>To day</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="366"/>
        <source>Type a day (2026-12-01 or 20261201), press Alt+Down for a calendar, or leave it empty for any day</source>
        <translation>輸入日期（2026-12-01 或 20261201），按 Alt+↓ 開啟日曆，留空表示不限日期</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="369"/>
        <source>Pick the day from a calendar</source>
        <translation>從日曆中選擇日期</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="370"/>
        <source>Sho&amp;w answer</source>
        <translation>查看應答(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="371"/>
        <source>Query a&amp;gain</source>
        <translation>重新查詢(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="373"/>
        <location filename="../../leshua_gui/ui/history_panel.py" line="376"/>
        <source>Watch until final</source>
        <translation>持續查詢至最終狀態</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="374"/>
        <source>Show answer</source>
        <translation>查看應答</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="375"/>
        <source>Query again</source>
        <translation>重新查詢</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="377"/>
        <source>Remove selected…</source>
        <translation>刪除所選…</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="378"/>
        <source>E&amp;xport…</source>
        <translation>匯出(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="380"/>
        <source>Write the rows matching the filter to Excel (.xlsx) or CSV</source>
        <translation>將符合篩選條件的記錄匯出為 Excel (.xlsx) 或 CSV</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="382"/>
        <source>Remo&amp;ve selected…</source>
        <translation>刪除所選(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="383"/>
        <source>C&amp;lear history…</source>
        <translation>清除記錄(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="384"/>
        <source>Query history</source>
        <translation>查詢記錄</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="400"/>
        <source>Any profile</source>
        <translation>全部商戶設定檔</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="401"/>
        <source>(no profile)</source>
        <translation>（無商戶設定檔）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="486"/>
        <source>The history could not be written: %1</source>
        <translation>查詢記錄無法寫入：%1</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="490"/>
        <source>it was written by a newer version of Leshua Desk</source>
        <translation>它是由較新版本的樂刷查單助手寫入的</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="491"/>
        <source>it is damaged</source>
        <translation>它已損毀</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="495"/>
        <source>The history file was set aside as %1 (%2) and a new one started; nothing was deleted.</source>
        <translation>查詢記錄檔案已另存為 %1（%2），並已建立新的檔案；沒有刪除任何內容。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="514"/>
        <source>No queries recorded yet: every lookup you run is listed here.</source>
        <translation>還沒有查詢記錄：每次查詢都會列在這裡。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="515"/>
        <source>No query matches the filters.</source>
        <translation>沒有符合篩選條件的查詢。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="518"/>
        <source>The search matches the beginning or the end of an id (order, Leshua, transaction or refund number), not its middle.</source>
        <translation>搜尋只比對單號（商戶訂單號、樂刷訂單號、交易單號或退款單號）的開頭或結尾，不比對中間部分。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leshua_gui/ui/history_panel.py" line="526"/>
        <source>%n+ queries (scroll for more)</source>
        <translation>
            <numerusform>%n+ 筆查詢（向下捲動查看更多）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leshua_gui/ui/history_panel.py" line="528"/>
        <source>%n queries</source>
        <translation>
            <numerusform>%n 筆查詢</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="545"/>
        <source>Select a row first</source>
        <translation>請先選取一列</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="550"/>
        <source>Asks the order&apos;s state again; the close is never sent again</source>
        <translation>重新查詢訂單的狀態；不會再次送出關閉請求</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="555"/>
        <source>Ask this order&apos;s state again in the background until it is final (paid, failed or closed), and say when it is</source>
        <translation>在背景持續查詢這筆訂單，直到狀態為最終狀態（支付成功、支付失敗或訂單關閉），屆時提醒您</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="560"/>
        <source>Only an order lookup whose answer is not final (paying, not found, unknown, or the gateway not reached) can be watched</source>
        <translation>只有應答尚非最終狀態（支付中、訂單不存在、狀態未知或無法連線閘道）的訂單查詢才能持續查詢</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="564"/>
        <source>Select one row</source>
        <translation>請只選取一列</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="645"/>
        <source>Remove queries</source>
        <translation>刪除查詢記錄</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leshua_gui/ui/history_panel.py" line="646"/>
        <source>Remove %n selected queries from the history? This cannot be undone.</source>
        <translation>
            <numerusform>要從查詢記錄中刪除所選的 %n 筆嗎？此操作無法復原。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leshua_gui/ui/history_panel.py" line="657"/>
        <source>Delete all %n queries in the history? This cannot be undone.</source>
        <translation>
            <numerusform>要刪除全部 %n 筆查詢記錄嗎？此操作無法復原。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="659"/>
        <source>Clear history</source>
        <translation>清除查詢記錄</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leshua_gui/ui/history_panel.py" line="664"/>
        <source>Delete the %n queries the filters show? The queries they hide are kept. This cannot be undone.</source>
        <translation>
            <numerusform>要刪除目前篩選列出的 %n 筆查詢嗎？未列出的記錄會保留。此操作無法復原。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="666"/>
        <source>Clear the filtered queries</source>
        <translation>清除篩選出的查詢</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="673"/>
        <source>The history is not answering: the change may not be saved yet.</source>
        <translation>查詢記錄沒有反應：變更可能尚未儲存。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="680"/>
        <source>Export history</source>
        <translation>匯出查詢記錄</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="681"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 活頁簿 (*.xlsx);;CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="694"/>
        <source>Exporting…</source>
        <translation>正在匯出…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leshua_gui/ui/history_panel.py" line="701"/>
        <source>%n rows written to %1</source>
        <translation>
            <numerusform>已將 %n 列寫入 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="706"/>
        <source>Export failed: %1</source>
        <translation>匯出失敗：%1</translation>
    </message>
</context>
<context>
    <name>HistoryUnavailableView</name>
    <message>
        <location filename="../../leshua_gui/ui/history_unavailable.py" line="22"/>
        <source>another program is using it (it is locked)</source>
        <translation>另一個程式正在使用它（已被鎖定）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_unavailable.py" line="26"/>
        <source>the disk is full</source>
        <translation>磁碟已滿</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_unavailable.py" line="28"/>
        <source>its folder or file cannot be written</source>
        <translation>其資料夾或檔案無法寫入</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_unavailable.py" line="32"/>
        <source>the file cannot be opened</source>
        <translation>檔案無法開啟</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_unavailable.py" line="34"/>
        <source>it is damaged</source>
        <translation>檔案已損毀</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_unavailable.py" line="36"/>
        <source>the disk reported an error</source>
        <translation>磁碟回報了錯誤</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_unavailable.py" line="81"/>
        <source>Try a&amp;gain</source>
        <translation>重試(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_unavailable.py" line="87"/>
        <source>The query history cannot be opened now: {reason}. Nothing was set aside or lost; queries still work but are not recorded until it opens.

{details}</source>
        <translation>查詢記錄目前無法開啟：{reason}。沒有另存或遺失任何內容；查詢仍可進行，但在查詢記錄能開啟之前不會被記錄。

{details}</translation>
    </message>
</context>
<context>
    <name>InputPanel</name>
    <message>
        <location filename="../../leshua_gui/ui/batch/input_panel.py" line="149"/>
        <source>&amp;Paste a column of order numbers, open a file or drop one here:</source>
        <extracomment>a pasted list is read this long after the last change (typing stays smooth) the paste area&apos;s height at most (the preview below needs the room) a list was read (or could not be): the preview shown is up to date (tests wait on it)</extracomment>
        <translation>貼上一欄訂單號、開啟檔案或將檔案拖曳到這裡(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/input_panel.py" line="154"/>
        <source>One order number a line, as copied from Excel, WPS or a chat. A second column of expected amounts (12.34, ¥1,234.50) is read too.</source>
        <translation>每行一個訂單號，可直接從 Excel、WPS 或聊天中複製。第二欄的應收金額（12.34、¥1,234.50）也會一併讀取。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/input_panel.py" line="158"/>
        <source>List of order numbers</source>
        <translation>訂單號清單</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/input_panel.py" line="159"/>
        <source>&amp;Open file…</source>
        <translation>開啟檔案(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/input_panel.py" line="160"/>
        <source>A .txt (one order number a line), .csv or .xlsx list</source>
        <translation>.txt（每行一個訂單號）、.csv 或 .xlsx 清單</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/input_panel.py" line="161"/>
        <source>Paste a list &amp;instead</source>
        <translation>改為貼上清單(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/input_panel.py" line="162"/>
        <source>Order &amp;numbers:</source>
        <translation>訂單號欄(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/input_panel.py" line="163"/>
        <source>E&amp;xpected amounts:</source>
        <translation>應收金額欄(&amp;X)：</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/input_panel.py" line="164"/>
        <source>&amp;Kind:</source>
        <translation>類型(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/input_panel.py" line="189"/>
        <source>Open a list of orders</source>
        <translation>開啟訂單清單</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/input_panel.py" line="190"/>
        <source>Lists of orders (*.txt *.csv *.xlsx);;All files (*)</source>
        <translation>訂單清單 (*.txt *.csv *.xlsx);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/input_panel.py" line="204"/>
        <source>“%1” is not a list this window reads: use a .txt, .csv or .xlsx file.</source>
        <translation>「%1」不是此視窗能讀取的清單：請使用 .txt、.csv 或 .xlsx 檔案。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/input_panel.py" line="211"/>
        <source>List: %1  (%2)</source>
        <translation>清單：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/input_panel.py" line="258"/>
        <source>Reading the list…</source>
        <translation>正在讀取清單…</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/input_panel.py" line="308"/>
        <location filename="../../leshua_gui/ui/batch/input_panel.py" line="316"/>
        <source>This list cannot be read: %1</source>
        <translation>無法讀取此清單：%1</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/input_panel.py" line="312"/>
        <source>the file cannot be opened (it may have been moved, or it may not be readable)</source>
        <translation>檔案無法開啟（可能已被移動，或沒有讀取權限）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/input_panel.py" line="343"/>
        <source>Nothing is sent before you press Start.</source>
        <translation>按下「開始」之前不會發送任何查詢。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/input_panel.py" line="348"/>
        <source>Orders to ask: %1. Nothing is sent before you press Start.</source>
        <translation>要查詢的訂單：%1 個。按下「開始」之前不會發送任何查詢。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/input_panel.py" line="353"/>
        <source>No order number in this list can be asked.</source>
        <translation>此清單中沒有可以查詢的訂單號。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/input_panel.py" line="359"/>
        <source>Column %1: %2</source>
        <translation>第 %1 欄：%2</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/input_panel.py" line="360"/>
        <source>Column %1</source>
        <translation>第 %1 欄</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/input_panel.py" line="370"/>
        <location filename="../../leshua_gui/ui/batch/input_panel.py" line="380"/>
        <source>Auto: %1</source>
        <translation>自動：%1</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/input_panel.py" line="372"/>
        <source>Auto (by the header)</source>
        <translation>自動（依標題列）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/input_panel.py" line="378"/>
        <source>Auto: none found</source>
        <translation>自動：未找到</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/input_panel.py" line="383"/>
        <source>None: no expected amounts</source>
        <translation>無：不核對金額</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/input_panel.py" line="387"/>
        <source>Auto (by the header, else by each number)</source>
        <translation>自動（依標題列，否則依每個訂單號的格式）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/input_panel.py" line="388"/>
        <source>Merchant order numbers</source>
        <translation>商戶訂單號</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/input_panel.py" line="389"/>
        <source>Leshua order numbers</source>
        <translation>樂刷訂單號</translation>
    </message>
</context>
<context>
    <name>KeyField</name>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="68"/>
        <source>Show or hide the %1</source>
        <translation>顯示或隱藏%1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="137"/>
        <source>Copied to the clipboard.</source>
        <extracomment>the last finished lookup (its result is what the result and raw views show) the window for lists of orders, and the offer to resume a batch job (made when needed)</extracomment>
        <translation>已複製到剪貼簿。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="175"/>
        <source>Leshua Desk</source>
        <translation>樂刷查單助手</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="176"/>
        <source>Demo</source>
        <translation>示範</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="302"/>
        <source>Query cancelled: the order&apos;s state is unknown, not unpaid.</source>
        <translation>查詢已取消：訂單狀態未知，並非未支付。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="365"/>
        <location filename="../../leshua_gui/ui/main_window.py" line="412"/>
        <source>A query is running: wait for it or cancel it first.</source>
        <translation>正在查詢：請等待完成或先取消。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="369"/>
        <source>No profile “%1” for merchant %2 any more: the query was not repeated.</source>
        <translation>已沒有商戶號 %2 的商戶設定檔「%1」：未重新查詢。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="414"/>
        <source>Create a profile first: File &gt; Manage profiles…</source>
        <translation>請先建立商戶設定檔：檔案 &gt; 管理商戶設定檔…</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="419"/>
        <source>Type the order number first, then look up its refund.</source>
        <translation>請先輸入訂單號，再查詢其退款。</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <location filename="../../leshua_gui/ui/watch_notices.py" line="46"/>
        <source>Order %1 is now %2 (%3)</source>
        <extracomment>How long a tray message stays (the system may shorten it).</extracomment>
        <translation>訂單 %1 的狀態已變為：%2（%3）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_notices.py" line="51"/>
        <source>Order %1 is now %2</source>
        <translation>訂單 %1 的狀態已變為：%2</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_notices.py" line="54"/>
        <source>Order %1 is still unpaid after %2 of watching</source>
        <translation>訂單 %1 已持續查詢 %2，仍未付款</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_notices.py" line="62"/>
        <source>Stopped watching %1 after %2: still %3</source>
        <translation>已停止持續查詢 %1（已查詢 %2）：仍為%3</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_notices.py" line="68"/>
        <source>Stopped watching %1 after %2 without a verified answer</source>
        <translation>已停止持續查詢 %1（已查詢 %2）：未得到驗簽通過的應答</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_notices.py" line="76"/>
        <source>Stopped watching %1: its profile “%2” is gone</source>
        <translation>已停止持續查詢 %1：商戶設定檔「%2」已不存在</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_notices.py" line="149"/>
        <source>Leshua Desk</source>
        <extracomment>not named `event`: that is QObject.event, the virtual every Qt event goes through the language of the states named (the window sets it with its own)</extracomment>
        <translation>樂刷查單助手</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_notices.py" line="175"/>
        <source>Leshua Desk · orders watched: %1 · new notices: %2</source>
        <translation>樂刷查單助手 · 持續查詢的訂單：%1 · 新提醒：%2</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_notices.py" line="179"/>
        <source>Leshua Desk · orders watched: %1</source>
        <translation>樂刷查單助手 · 持續查詢的訂單：%1</translation>
    </message>
</context>
<context>
    <name>OrderActions</name>
    <message>
        <location filename="../../leshua_gui/ui/order_actions.py" line="105"/>
        <location filename="../../leshua_gui/ui/order_actions.py" line="171"/>
        <source>The order could not be watched: %1</source>
        <extracomment>each watch&apos;s last lookup of this run, shown when its notice is clicked watches asked for while the list was being opened, made once it is the merchant (and environment) whose batch job runs now: its checks wait</extracomment>
        <translation>無法持續查詢該訂單：%1</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/order_actions.py" line="161"/>
        <source>Watching %1 until its state is final: see the Watch tab.</source>
        <translation>正在持續查詢 %1，直到其狀態為最終狀態：請查看「持續查詢」分頁。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/order_actions.py" line="163"/>
        <source>%1 is already watched: see the Watch tab.</source>
        <translation>%1 已在持續查詢中：請查看「持續查詢」分頁。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/order_actions.py" line="191"/>
        <source>No profile “%1” for merchant %2 any more: the order is not watched.</source>
        <translation>商戶 %2 的商戶設定檔「%1」已不存在：該訂單未加入持續查詢。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/order_actions.py" line="226"/>
        <location filename="../../leshua_gui/ui/order_actions.py" line="279"/>
        <source>A query is running: wait for it or cancel it first.</source>
        <translation>正在查詢：請等待完成或先取消。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/order_actions.py" line="252"/>
        <source>No answer of this order is in the history.</source>
        <translation>查詢記錄中沒有該訂單的回應。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/order_actions.py" line="289"/>
        <source>This profile has changed since the query: query again.</source>
        <translation>該商戶設定檔在查詢之後已變更：請重新查詢。</translation>
    </message>
</context>
<context>
    <name>OrderResultDialog</name>
    <message>
        <location filename="../../leshua_gui/ui/batch/order_result.py" line="46"/>
        <source>Order %1 (batch job %2)</source>
        <translation>訂單 %1（批量任務 %2）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/order_result.py" line="53"/>
        <source>Copied to the clipboard.</source>
        <translation>已複製到剪貼簿。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/order_result.py" line="66"/>
        <source>&amp;Result</source>
        <translation>查詢結果(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/order_result.py" line="67"/>
        <source>R&amp;aw</source>
        <translation>原始報文(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/order_result.py" line="74"/>
        <source>Demo merchant (sandbox)</source>
        <translation>示範商戶（沙盒）</translation>
    </message>
</context>
<context>
    <name>PreviewView</name>
    <message>
        <location filename="../../leshua_gui/ui/batch/preview_view.py" line="88"/>
        <source>Rows read</source>
        <extracomment>rows listed in the table at most (all of them are in the job and its results)</extracomment>
        <translation>讀取的列數</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/preview_view.py" line="89"/>
        <source>Orders to ask</source>
        <translation>要查詢的訂單</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/preview_view.py" line="90"/>
        <source>Rows not sent</source>
        <translation>不發送的列</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/preview_view.py" line="91"/>
        <source>Orders listed twice or more (asked once)</source>
        <translation>重複出現的訂單（只查詢一次）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/preview_view.py" line="92"/>
        <source>Rows to check (Excel numbers)</source>
        <translation>需核對的列（Excel 數字）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/preview_view.py" line="98"/>
        <source>Row</source>
        <translation>列號</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/preview_view.py" line="99"/>
        <source>Order number as written</source>
        <translation>原文訂單號</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/preview_view.py" line="100"/>
        <source>Amount as written</source>
        <translation>原文金額</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/preview_view.py" line="101"/>
        <source>Not sent, or to check</source>
        <translation>不發送的原因或需核對之處</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/preview_view.py" line="104"/>
        <source>Rows not sent and rows to check</source>
        <translation>不發送的列和需核對的列</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/preview_view.py" line="151"/>
        <source>Repeats row %1: asked once</source>
        <translation>與第 %1 列重複：只查詢一次</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/preview_view.py" line="180"/>
        <source>Rows not listed here: %1 (every row is in the job&apos;s results).</source>
        <translation>此處未顯示的列：%1（每一列都會出現在任務結果中）。</translation>
    </message>
</context>
<context>
    <name>ProfileBar</name>
    <message>
        <location filename="../../leshua_gui/ui/profile_bar.py" line="42"/>
        <source>&amp;Profile:</source>
        <extracomment>the profiles in the selector by id: the query bar asks for the current profile on every keystroke, and reading profiles.json each time would put disk I/O in typing</extracomment>
        <translation>商戶設定檔(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_bar.py" line="43"/>
        <source>&amp;Manage profiles…</source>
        <translation>管理商戶設定檔(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_bar.py" line="44"/>
        <source>Manage profiles</source>
        <translation>管理商戶設定檔</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_bar.py" line="82"/>
        <source>Demo merchant (sandbox)</source>
        <translation>示範商戶（沙盒）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_bar.py" line="97"/>
        <source>A query is running: wait for it or cancel it (Esc).</source>
        <translation>正在查詢：請等待其結束或取消（Esc）。</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="193"/>
        <source>Manage profiles</source>
        <translation>管理商戶設定檔</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="194"/>
        <source>&amp;New</source>
        <translation>新增(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="195"/>
        <source>&amp;Delete</source>
        <translation>刪除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="196"/>
        <source>&amp;Import…</source>
        <translation>匯入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="198"/>
        <source>Add profiles from a file a colleague exported (you enter the keys)</source>
        <translation>從同事匯出的檔案新增商戶設定檔（需要您輸入金鑰）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="200"/>
        <source>E&amp;xport…</source>
        <translation>匯出(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="202"/>
        <source>Write the profiles to a file for a colleague (never the keys)</source>
        <translation>將商戶設定檔匯出為檔案交給同事（不含金鑰）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="204"/>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="205"/>
        <source>&amp;Test this profile</source>
        <translation>測試此商戶設定檔(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="207"/>
        <source>Keep keys for this session only (asked again at the next start)</source>
        <translation>金鑰僅在本次執行中保留（下次啟動時重新詢問）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="210"/>
        <source>N&amp;ame:</source>
        <translation>名稱(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="210"/>
        <source>&amp;Merchant id:</source>
        <translation>商戶號(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="211"/>
        <source>&amp;Gateway:</source>
        <translation>閘道(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="211"/>
        <source>Gateway &amp;URL:</source>
        <translation>閘道位址(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="212"/>
        <source>N&amp;ote:</source>
        <translation>備註(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="212"/>
        <source>Transaction &amp;key:</source>
        <translation>交易金鑰(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="213"/>
        <source>Noti&amp;fy key:</source>
        <translation>非同步通知金鑰(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="214"/>
        <source>Tell me &amp;when still unpaid after:</source>
        <translation>逾時未付款提醒(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="218"/>
        <source>10 digits, leading zeros count</source>
        <translation>10 位數字，開頭的 0 也算在內</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="219"/>
        <source>optional</source>
        <translation>選填</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="220"/>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="381"/>
        <source>transaction key</source>
        <translation>交易金鑰</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="221"/>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="382"/>
        <source>notify key</source>
        <translation>非同步通知金鑰</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="222"/>
        <source>Allow c&amp;losing orders</source>
        <translation>允許關閉訂單(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="225"/>
        <source>Closing changes the order at the gateway: a payment that arrives after it is refused.</source>
        <translation>關閉會變更閘道上的訂單：之後才到的付款會被拒絕。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="230"/>
        <source> min</source>
        <translation> 分鐘</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="231"/>
        <source>never</source>
        <translation>不提醒</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="234"/>
        <source>How long an order being watched may stay unpaid before you are told, so you can close it; 0 means never.</source>
        <translation>持續查詢中的訂單未付款超過這個時間就提醒您，以便關閉它；0 表示不提醒。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="238"/>
        <source>Tell me when still unpaid after (minutes)</source>
        <translation>逾時未付款提醒（分鐘）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="242"/>
        <source>Production</source>
        <translation>正式環境</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="242"/>
        <source>Test</source>
        <translation>測試環境</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="243"/>
        <source>Sandbox (local demo)</source>
        <translation>沙盒（本機示範）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="243"/>
        <source>Custom URL</source>
        <translation>自訂網址</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="248"/>
        <source>Profiles</source>
        <translation>商戶設定檔</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="256"/>
        <source>Keys are kept in the system keyring (%1).</source>
        <translation>金鑰存放在系統鑰匙圈中（%1）。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="276"/>
        <source>no keyring was found</source>
        <translation>找不到鑰匙圈</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="277"/>
        <source>it discards every secret</source>
        <translation>它會丟棄所有機密資料</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="278"/>
        <source>it keeps secrets in a file other programs can read</source>
        <translation>它把機密資料存放在其他程式可讀取的檔案中</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="279"/>
        <source>it could not be loaded</source>
        <translation>它無法載入</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="282"/>
        <source>The keyring found here (%1) cannot keep keys safely: %2.</source>
        <translation>此處找到的鑰匙圈（%1）無法安全存放金鑰：%2。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="290"/>
        <source>A safe keyring is installed too: pick it explicitly with the environment variable PYTHON_KEYRING_BACKEND=%1 (or default-keyring=%1 in keyringrc.cfg), or uninstall keyrings.alt; or keep the keys for this session only.</source>
        <translation>這裡也安裝了安全的鑰匙圈：請用環境變數 PYTHON_KEYRING_BACKEND=%1 明確選用它（或在 keyringrc.cfg 中寫入 default-keyring=%1），或解除安裝 keyrings.alt；也可以只在本次執行中保留金鑰。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="298"/>
        <source>Install and unlock GNOME Keyring or KWallet (Debian/Ubuntu: sudo apt install gnome-keyring), then start Leshua Desk again; or keep the keys for this session only.</source>
        <translation>請安裝並解鎖 GNOME 鑰匙圈或 KWallet（Debian/Ubuntu：sudo apt install gnome-keyring），然後重新啟動樂刷查單助手；或者僅在本次執行中保留金鑰。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="303"/>
        <source>Allow access to the system keyring, or keep the keys for this session only.</source>
        <translation>請允許存取系統鑰匙圈，或者僅在本次執行中保留金鑰。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="385"/>
        <source>unchanged (%1)</source>
        <translation>未變更（%1）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="386"/>
        <source>%1 is set (%2)</source>
        <translation>%1已設定（%2）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="388"/>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="389"/>
        <source>%1 is not set</source>
        <translation>%1未設定</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="403"/>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="404"/>
        <source>optional: for checking callbacks</source>
        <translation>選填：用於驗證非同步通知</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="412"/>
        <source>Nothing to delete: this profile is not saved yet.</source>
        <translation>沒有可刪除的內容：此商戶設定檔尚未儲存。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="504"/>
        <source>Saved “%1”.</source>
        <translation>已儲存「%1」。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="516"/>
        <source>Export profiles</source>
        <translation>匯出商戶設定檔</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="517"/>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="535"/>
        <source>Profiles (*.json)</source>
        <translation>商戶設定檔 (*.json)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="529"/>
        <source>%1 profiles written to %2 (without keys).</source>
        <translation>已將 %1 個商戶設定檔寫入 %2（不含金鑰）。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="535"/>
        <source>Import profiles</source>
        <translation>匯入商戶設定檔</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="552"/>
        <source>Nothing to import: every profile in the file already exists.</source>
        <translation>無需匯入：檔案中的商戶設定檔均已存在。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="557"/>
        <source>%1 profiles already exist and were skipped.</source>
        <translation>%1 個商戶設定檔已存在，已略過。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="577"/>
        <source>Importing “%1”: enter its keys, then Save.</source>
        <translation>正在匯入「%1」：請輸入其金鑰，然後儲存。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="579"/>
        <source>%1 more to come.</source>
        <translation>之後還有 %1 個。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="592"/>
        <source>Give the profile a name (one line, up to 80 characters).</source>
        <translation>請為商戶設定檔命名（單行，最多 80 個字元）。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="594"/>
        <source>A profile with this name already exists.</source>
        <translation>已有同名的商戶設定檔。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="596"/>
        <source>The merchant id is exactly 10 digits; leading zeros count.</source>
        <translation>商戶號必須是 10 位數字，開頭的 0 也算在內。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="598"/>
        <source>The gateway URL must start with https:// (plain http only for this computer).</source>
        <translation>閘道位址必須以 https:// 開頭（僅本機位址可用 http）。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="600"/>
        <source>Enter the transaction key.</source>
        <translation>請輸入交易金鑰。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="602"/>
        <source>A profile name cannot contain control, direction-changing or invisible characters.</source>
        <translation>商戶設定檔名稱不能包含控制字元、改變文字方向的字元或不可見字元。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="604"/>
        <source>A note is at most 2000 characters, without control or direction-changing characters.</source>
        <translation>備註最多 2000 個字元，且不能包含控制字元或改變文字方向的字元。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="615"/>
        <source>Delete profile</source>
        <translation>刪除商戶設定檔</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="616"/>
        <source>Delete the profile “%1” and remove its keys from the keyring?</source>
        <translation>要刪除商戶設定檔「%1」，並從鑰匙圈中移除其金鑰嗎？</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="627"/>
        <source>Deleted “%1”.</source>
        <translation>已刪除「%1」。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="670"/>
        <source>Testing…</source>
        <translation>正在測試…</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="701"/>
        <source>The test could not be completed (%1): the log has the details.</source>
        <translation>測試未能完成（%1）：詳情請見記錄檔。</translation>
    </message>
</context>
<context>
    <name>ProgressStrip</name>
    <message>
        <location filename="../../leshua_gui/ui/progress_strip.py" line="60"/>
        <location filename="../../leshua_gui/ui/progress_strip.py" line="68"/>
        <source>Query attempts</source>
        <extracomment>what the progress line says once the lookup ended: done (with its time), cancelled, nothing (not asked), or None while it runs; kept so a language switch can say it again</extracomment>
        <translation>查詢嘗試</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leshua_gui/ui/progress_strip.py" line="144"/>
        <source>Done: %n attempt(s)</source>
        <translation>
            <numerusform>完成：共查詢 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/progress_strip.py" line="147"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/progress_strip.py" line="154"/>
        <source>Querying… attempt %1, %2 s</source>
        <translation>正在查詢… 第 %1 次，已用 %2 秒</translation>
    </message>
</context>
<context>
    <name>QueryBar</name>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="145"/>
        <source>Merchant order number</source>
        <extracomment>a refund to ask about: which number and the number &quot;Check them as a list&quot;: the ids pasted at once, as pasted (lines and columns kept) &quot;Check them as a list&quot;, made when a column is first pasted</extracomment>
        <translation>商戶訂單號</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="146"/>
        <source>Leshua order number</source>
        <translation>樂刷訂單號</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="149"/>
        <source>Kind of order number</source>
        <translation>訂單號類型</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="150"/>
        <source>Order number (paste from Excel or chat)</source>
        <translation>訂單號（可從 Excel 或聊天中貼上）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="151"/>
        <source>Order number</source>
        <translation>訂單號</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="153"/>
        <source>Typed during the lookup (goes into the bar when it ends):</source>
        <translation>查詢期間輸入的內容（查詢結束後放入查詢列）：</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="155"/>
        <source>Next order number</source>
        <translation>下一個訂單號</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="156"/>
        <source>&amp;Demo orders</source>
        <translation>示範訂單(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="157"/>
        <source>Demo orders</source>
        <translation>示範訂單</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="158"/>
        <source>&amp;Query</source>
        <translation>查詢(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="159"/>
        <source>Query</source>
        <translation>查詢</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="160"/>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="161"/>
        <source>Stop querying (Esc)</source>
        <translation>停止查詢（Esc）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="165"/>
        <source>&amp;Keep querying until final (up to %1 s)</source>
        <translation>持續查詢直到終態（最長 %1 秒）(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="213"/>
        <source>A merchant order number is 1–64 letters, digits or symbols, without spaces.</source>
        <translation>商戶訂單號為 1–64 個字母、數字或符號，不能含空格。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="214"/>
        <source>A Leshua order number is 1–32 letters or digits.</source>
        <translation>樂刷訂單號為 1–32 個字母或數字。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="219"/>
        <source>%1 order numbers were pasted: this bar asks about one order at a time.</source>
        <translation>貼上了 %1 個訂單號：這裡一次只查詢一個訂單。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="228"/>
        <source>Create a profile first: File &gt; Manage profiles…</source>
        <translation>請先建立商戶設定檔：檔案 &gt; 管理商戶設定檔…</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="231"/>
        <source>Type or paste an order number first.</source>
        <translation>請先輸入或貼上訂單號。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="237"/>
        <source>Look the order up (Enter)</source>
        <translation>查詢該訂單（Enter）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="251"/>
        <source>Check them as a list</source>
        <translation>以清單批量查詢</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="252"/>
        <source>Open them in the window for lists of orders (Ctrl+L)</source>
        <translation>在批量查單視窗中開啟（Ctrl+L）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="294"/>
        <source>Demo refunds (a refund lookup)</source>
        <translation>示範退款（退款查詢）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="304"/>
        <source>A query is running: wait for it or cancel it first.</source>
        <translation>正在查詢：請等待完成或先取消。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="327"/>
        <source>A query is running: wait for it or cancel it (Esc).</source>
        <translation>正在查詢：請等待其結束或取消（Esc）。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="367"/>
        <source>A query is running: this order number goes into the bar when it ends.</source>
        <translation>正在查詢：這個訂單號會在查詢結束後放入查詢列。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="388"/>
        <source>What you typed during the lookup is in the query bar: press Enter to ask.</source>
        <translation>查詢期間輸入的內容已放入查詢列：按 Enter 鍵查詢。</translation>
    </message>
</context>
<context>
    <name>RawView</name>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="40"/>
        <source>Raw exchange with the gateway</source>
        <translation>與閘道往來的原始報文</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="42"/>
        <source>The raw request and answer appear here after a query.</source>
        <translation>查詢後，這裡會顯示原始請求和應答。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="60"/>
        <source>Cancelled before an answer came: %1
The order&apos;s state is unknown, not unpaid.</source>
        <translation>應答到達前已取消：%1
訂單狀態未知，並非未支付。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="63"/>
        <source>Asking the gateway: %1
Nothing has come back yet.</source>
        <translation>正在詢問閘道：%1
尚未收到任何應答。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="71"/>
        <source>Nothing was sent.</source>
        <translation>未送出任何請求。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="83"/>
        <source>(The last of %1 attempts is shown.)</source>
        <translation>（顯示 %1 次查詢中的最後一次。）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="90"/>
        <source>Endpoint</source>
        <translation>閘道位址</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="91"/>
        <source>Service</source>
        <translation>介面</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="93"/>
        <source>Sent at (UTC)</source>
        <translation>傳送時間（UTC）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="96"/>
        <source>HTTP status</source>
        <translation>HTTP 狀態</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="98"/>
        <source>Elapsed</source>
        <translation>耗時</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="99"/>
        <source>Tries</source>
        <translation>嘗試次數</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="103"/>
        <source>Form sent (with sign; the key is never sent)</source>
        <translation>送出的表單（含 sign；金鑰一律不會送出）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="106"/>
        <source>String that was signed (key masked)</source>
        <translation>簽名的原始字串（金鑰已遮蓋）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="116"/>
        <source>Answer signature</source>
        <translation>應答簽名</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="118"/>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="121"/>
        <source>Rule that matched</source>
        <translation>符合的規則</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="127"/>
        <source>Received</source>
        <translation>收到</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="129"/>
        <source>Expected</source>
        <translation>應為</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="132"/>
        <source>String checked (key masked)</source>
        <translation>驗簽的字串（金鑰已遮蓋）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="140"/>
        <source>Answer as received (%1 bytes)</source>
        <translation>收到的應答（%1 位元組）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="150"/>
        <source>Pretty-printed</source>
        <translation>格式化顯示</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <location filename="../../leshua_gui/ui/refund_dialog.py" line="26"/>
        <source>Look up a refund</source>
        <translation>查詢退款</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/refund_dialog.py" line="30"/>
        <source>A refund of order %1. Refunds can take 1-3 working days to become final.</source>
        <translation>訂單 %1 的退款。退款可能需要 1–3 個工作日才會到終態。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/refund_dialog.py" line="36"/>
        <source>Merchant refund number</source>
        <translation>商戶退款單號</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/refund_dialog.py" line="37"/>
        <source>Leshua refund number</source>
        <translation>樂刷退款單號</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/refund_dialog.py" line="39"/>
        <location filename="../../leshua_gui/ui/refund_dialog.py" line="40"/>
        <source>Refund number</source>
        <translation>退款單號</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/refund_dialog.py" line="41"/>
        <source>&amp;Kind:</source>
        <translation>類型(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/refund_dialog.py" line="41"/>
        <source>&amp;Refund number:</source>
        <translation>退款單號(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/refund_dialog.py" line="87"/>
        <source>Type the refund number (from the refund notice or the merchant&apos;s records).</source>
        <extracomment>why the number was refused (shown under it until it is edited)</extracomment>
        <translation>請輸入退款單號（見退款通知或商戶自己的記錄）。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/refund_dialog.py" line="94"/>
        <source>A refund number is 1–64 printable ASCII characters without spaces</source>
        <translation>退款單號為 1–64 個可列印的 ASCII 字元，不含空格</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/refund_dialog.py" line="96"/>
        <source>this one has a space in it</source>
        <translation>此單號含有空格</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/refund_dialog.py" line="98"/>
        <source>this one has characters that are not ASCII (such as Chinese)</source>
        <translation>此單號含有非 ASCII 字元（如中文）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/refund_dialog.py" line="100"/>
        <source>this one is %1 characters long, at most 64 fit</source>
        <translation>此單號長 %1 個字元，最多 64 個</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/refund_dialog.py" line="102"/>
        <source>this one has a character that cannot be sent</source>
        <translation>此單號含有無法送出的字元</translation>
    </message>
</context>
<context>
    <name>ResultTabs</name>
    <message>
        <location filename="../../leshua_gui/ui/result_tabs.py" line="125"/>
        <location filename="../../leshua_gui/ui/result_tabs.py" line="194"/>
        <source>Hist&amp;ory</source>
        <extracomment>what the result and raw views are about (a lookup asked, a stored record), so a language switch titles them again in the new language</extracomment>
        <translation>查詢記錄(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_tabs.py" line="157"/>
        <source>&amp;Watch</source>
        <translation>持續查詢(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_tabs.py" line="157"/>
        <source>&amp;Watch (%1)</source>
        <translation>持續查詢（%1）(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_tabs.py" line="192"/>
        <source>&amp;Result</source>
        <translation>查詢結果(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_tabs.py" line="193"/>
        <source>R&amp;aw</source>
        <translation>原始報文(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_tabs.py" line="211"/>
        <location filename="../../leshua_gui/ui/result_tabs.py" line="220"/>
        <source>Demo merchant (sandbox)</source>
        <translation>示範商戶（沙盒）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_tabs.py" line="214"/>
        <location filename="../../leshua_gui/ui/result_tabs.py" line="223"/>
        <source>refund %1</source>
        <translation>退款 %1</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_tabs.py" line="226"/>
        <source>close attempt (the gateway&apos;s answer to closing it)</source>
        <translation>關閉訂單請求（閘道對關閉請求的回應）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_tabs.py" line="261"/>
        <source>This query was not recorded in the history: %1. The answer above is complete; copy its summary if support will need it.</source>
        <translation>這次查詢未記入查詢記錄：%1。上方的應答是完整的；如支援人員日後需要，請複製其摘要。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_tabs.py" line="265"/>
        <source>Not recorded in the history: %1</source>
        <translation>未記入查詢記錄：%1</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="256"/>
        <source>Copy &amp;summary</source>
        <extracomment>&quot;Look up its refund…&quot;: the order shown was refunded (or is being refunded) &quot;Watch until final&quot;: ask the order shown again in the background (offered by offer()) &quot;Close order…&quot;: close the unpaid order shown, guarded (offered by offer()) &quot;asking&quot; or &quot;cancelled&quot; while no answer of the query being shown has come</extracomment>
        <translation>複製摘要(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="257"/>
        <source>Copy a plain-text summary for a support ticket</source>
        <translation>複製純文字摘要，用於支援工單</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="258"/>
        <source>Copy summary</source>
        <translation>複製摘要</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="259"/>
        <source>&amp;Copy masked summary</source>
        <translation>複製遮蓋付款人資訊的摘要(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="262"/>
        <source>Copy the summary with the payer&apos;s identifiers and the attached data hidden, for a ticket that leaves the company</source>
        <translation>複製摘要，但隱藏付款人識別碼和附加資料：用於發往公司外部的工單</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="266"/>
        <source>Copy masked summary</source>
        <translation>複製遮蓋付款人資訊的摘要</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="267"/>
        <source>Save e&amp;vidence sheet (PDF)…</source>
        <translation>儲存憑證單（PDF）(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="269"/>
        <source>Save what was asked, what came back, the verification and the raw answer</source>
        <translation>儲存所查詢的內容、返回的結果、驗簽結果和原始應答</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="271"/>
        <source>Save evidence sheet (PDF)</source>
        <translation>儲存憑證單（PDF）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="272"/>
        <source>&amp;Look up its refund…</source>
        <translation>查詢該訂單的退款(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="275"/>
        <source>Look up a refund of this order by its refund number (Tools &gt; Look up a refund)</source>
        <translation>按退款單號查詢該訂單的一筆退款（工具 &gt; 查詢退款）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="278"/>
        <source>Watch &amp;until final</source>
        <translation>持續查詢至最終狀態(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="281"/>
        <source>Ask this order again in the background until its state is final (every 30 s, then less often)</source>
        <translation>在背景反覆查詢該訂單，直到其狀態為最終狀態（每 30 秒一次，之後逐漸放慢）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="285"/>
        <source>Watch until final</source>
        <translation>持續查詢至最終狀態</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="286"/>
        <source>Clos&amp;e order…</source>
        <translation>關閉訂單(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="288"/>
        <source>Close this unpaid order at the gateway (a payment arriving later is refused)</source>
        <translation>在閘道關閉這筆未付款的訂單（之後到達的付款將被拒絕）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="290"/>
        <source>Close order</source>
        <translation>關閉訂單</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="291"/>
        <source>Enter an order number and press Enter to look it up.</source>
        <translation>輸入訂單號並按 Enter 鍵查詢。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="359"/>
        <source>Cancelled: state unknown</source>
        <translation>已取消：狀態未知</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="361"/>
        <source>The query was cancelled before an answer came: the order&apos;s state is unknown, not unpaid. Query again to know it.</source>
        <translation>查詢在應答到達前已取消：訂單狀態未知，並非未支付。請再次查詢以確認。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="365"/>
        <source>Asking the gateway…</source>
        <translation>正在詢問閘道…</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="368"/>
        <location filename="../../leshua_gui/ui/result_view.py" line="462"/>
        <location filename="../../leshua_gui/ui/result_view.py" line="706"/>
        <source>Queried at %1</source>
        <translation>查詢於 %1</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="437"/>
        <source>Refund not found</source>
        <translation>退款不存在</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="460"/>
        <source>From history: queried at %1</source>
        <translation>來自查詢記錄：查詢於 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leshua_gui/ui/result_view.py" line="465"/>
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>共 %n 次查詢</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="515"/>
        <source>The keyring is locked: unlock it, then query again.</source>
        <translation>鑰匙圈已鎖定：請解鎖後再查詢。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="517"/>
        <source>Keys cannot be kept in a keyring here: File &gt; Manage profiles says what to do.</source>
        <translation>此處無法將金鑰存放在鑰匙圈中：處理方法請見「檔案 &gt; 管理商戶設定檔」。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="523"/>
        <source>The keyring could not be read: %1</source>
        <translation>無法讀取鑰匙圈：%1</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="541"/>
        <source>Gateway said: %1</source>
        <translation>閘道返回：%1</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="543"/>
        <source>HTTP status: %1</source>
        <translation>HTTP 狀態碼：%1</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="553"/>
        <source>Stopped at the deadline before a final state: the order&apos;s state is unknown, not unpaid. Query again later.</source>
        <translation>已到截止時間，訂單仍未到終態：狀態未知，並非未支付。請稍後再查。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="567"/>
        <source>Cancelled: the state is unknown; the last answer shown is not final.</source>
        <translation>已取消：狀態未知；顯示的最後一個應答並非終態。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="647"/>
        <source>Copy %1, marked as untrusted</source>
        <translation>複製%1（標明不可信）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="649"/>
        <source>Copy %1</source>
        <translation>複製%1</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="668"/>
        <location filename="../../leshua_gui/ui/result_view.py" line="686"/>
        <source>%1 fen</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="708"/>
        <source>The order&apos;s state is unknown, not unpaid.</source>
        <translation>訂單狀態未知，並非未支付。</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="220"/>
        <source>not verified (claims %1)</source>
        <extracomment>The totals are counted again at most this often while a job runs (seconds), and never more than a third of the time: a pass over a large job is long, and its Python work competes with the GUI thread for the interpreter. A pass over the rows lets the GUI thread in this often (rows), for this long (seconds). The widest a column opens (its cell elides the rest; its tooltip holds it all). the JobRow double-clicked (or Enter pressed on): the window shows its whole answer a file was written (its path) how long the last pass took (seconds) while a job runs, its process counts the totals (`show_run_totals`), not this panel: a pass here would take the window&apos;s interpreter for a while the last message box shown (an export that failed), for the tests to read the trade states and pay ways the job&apos;s verified answers gave (for the filters) the status line shows the hint (no message of its own)</extracomment>
        <translation>驗證失敗（應答聲稱%1）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="221"/>
        <source>repeats row %1 (asked once)</source>
        <translation>與第 %1 列的訂單重複（只查詢一次）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="222"/>
        <source>no amount in the answer</source>
        <translation>應答中沒有金額</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="223"/>
        <source>%1 fen</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="224"/>
        <source>Details: %1</source>
        <translation>詳情：%1</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="225"/>
        <source>Gateway code: %1</source>
        <translation>閘道錯誤碼：%1</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="226"/>
        <source>merchant</source>
        <comment>order number kind, short</comment>
        <translation>商戶單號</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="227"/>
        <source>Leshua</source>
        <comment>order number kind, short</comment>
        <translation>樂刷單號</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="235"/>
        <source>Row</source>
        <translation>列號</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="235"/>
        <source>Order number</source>
        <translation>訂單號</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="235"/>
        <source>Kind</source>
        <translation>單號類型</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="236"/>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="256"/>
        <source>Trade state</source>
        <translation>交易狀態</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="236"/>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="258"/>
        <source>Verification</source>
        <translation>驗證結果</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="237"/>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="257"/>
        <source>Pay way</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="237"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="238"/>
        <source>Settlement</source>
        <translation>結算金額</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="238"/>
        <source>Expected</source>
        <translation>應為</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="239"/>
        <source>Difference</source>
        <translation>差額</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="240"/>
        <source>Paid at (Beijing time)</source>
        <translation>支付時間（北京時間）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="241"/>
        <source>Error / remarks</source>
        <translation>錯誤 / 備註</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="244"/>
        <source>The row of the list (as a spreadsheet numbers it)</source>
        <translation>在清單中的列號（與試算表軟體中的列號一致）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="245"/>
        <source>Whether the gateway&apos;s answer was verified: only a verified answer&apos;s state and amounts are shown</source>
        <translation>閘道應答的簽名是否驗證成功：只顯示已驗證應答的交易狀態和金額</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="247"/>
        <source>The amount the list gives (the books)</source>
        <translation>清單中給出的金額（帳上金額）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="248"/>
        <source>The gateway&apos;s amount minus the expected one</source>
        <translation>閘道金額減去帳上金額</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="249"/>
        <source>What went wrong, or why the row needs attention</source>
        <translation>出了什麼問題，或這一列為什麼需要留意</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="252"/>
        <source>Any trade state</source>
        <translation>全部交易狀態</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="253"/>
        <source>Any pay way</source>
        <translation>全部支付方式</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="254"/>
        <source>Any verification</source>
        <translation>全部驗證結果</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="260"/>
        <source>Only the rows to look at: not sent, repeated, not verified, errors, not found, not final, or an amount that differs from the books</source>
        <translation>只顯示需要查看的列：未發送、重複、驗證失敗、出錯、查無此單、未到最終狀態，或金額與帳上不一致</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="264"/>
        <source>Rows of the batch job</source>
        <translation>批量任務的各列</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="265"/>
        <source>Export .xlsx…</source>
        <translation>匯出 .xlsx…</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="267"/>
        <source>An Excel workbook: a Summary sheet with the totals and the check against the books, and a Rows sheet with the rows the filters show</source>
        <translation>Excel 活頁簿：「彙總」工作表為合計及與帳上核對的結果，「明細」工作表為目前篩選條件顯示的各列</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="270"/>
        <source>Export .csv…</source>
        <translation>匯出 .csv…</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="271"/>
        <source>The rows the filters show, as CSV (UTF-8)</source>
        <translation>目前篩選條件顯示的各列，CSV 格式（UTF-8）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="281"/>
        <source>Double-click a row, or press Enter, to see its whole answer.</source>
        <translation>按兩下某一列或按 Enter 鍵，查看完整應答。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="314"/>
        <source>Nee&amp;ds attention (%1)</source>
        <translation>需留意（%1）(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="316"/>
        <source>Nee&amp;ds attention</source>
        <translation>需留意(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="325"/>
        <source>Rows: %1</source>
        <translation>共 %1 列</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="328"/>
        <source>Rows shown: %1 of %2</source>
        <translation>顯示 %1 列，共 %2 列</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="337"/>
        <source>No batch job is shown.</source>
        <translation>未顯示任何批量任務。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="339"/>
        <source>No row matches the filters.</source>
        <translation>沒有符合篩選條件的列。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="341"/>
        <source>This list has no rows.</source>
        <translation>此清單沒有任何列。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="446"/>
        <source>The rows could not be read: %1</source>
        <translation>無法讀取各列：%1</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="525"/>
        <source>The totals could not be counted: %1</source>
        <translation>無法統計合計：%1</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="544"/>
        <source>Copy rows</source>
        <translation>複製所選列</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="547"/>
        <source>Copy order numbers</source>
        <translation>複製訂單號</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="550"/>
        <source>Show the whole answer</source>
        <translation>查看完整應答</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="589"/>
        <source>Copying…</source>
        <translation>正在複製…</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="598"/>
        <source>Rows copied: %1</source>
        <translation>已複製 %1 列</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="611"/>
        <source>filtered</source>
        <translation>篩選後</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="619"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="620"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="623"/>
        <source>Export the batch job</source>
        <translation>匯出批量任務</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="654"/>
        <source>Exporting to %1…</source>
        <translation>正在匯出到 %1…</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="667"/>
        <source>Rows written: %1, to %2</source>
        <translation>已將 %1 列寫入 %2</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="676"/>
        <source>Export failed: nothing was written.</source>
        <translation>匯出失敗：沒有寫入任何內容。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="679"/>
        <source>Export failed</source>
        <translation>匯出失敗</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="682"/>
        <source>%1 could not be written: %2.

Choose another folder or file name and export again.</source>
        <translation>無法寫入 %1：%2。

請換一個資料夾或檔案名稱，再匯出一次。</translation>
    </message>
</context>
<context>
    <name>ResumeBar</name>
    <message>
        <location filename="../../leshua_gui/ui/batch/resume_bar.py" line="52"/>
        <source>Res&amp;ume</source>
        <translation>繼續(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/resume_bar.py" line="53"/>
        <source>Lat&amp;er</source>
        <translation>稍後(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/resume_bar.py" line="59"/>
        <source>A batch job was stopped: %1 of %2 orders left (job %3, %4).</source>
        <translation>有一個批量任務已停止：%2 個訂單中還剩 %1 個（任務 %3，%4）。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/resume_bar.py" line="61"/>
        <source>A batch job was interrupted: %1 of %2 orders left (job %3, %4).</source>
        <translation>有一個批量任務被中斷：%2 個訂單中還剩 %1 個（任務 %3，%4）。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/resume_bar.py" line="62"/>
        <source>a pasted list</source>
        <translation>貼上的清單</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/resume_bar.py" line="65"/>
        <source>Other unfinished jobs: %1.</source>
        <translation>其他未完成的任務：%1 個。</translation>
    </message>
</context>
<context>
    <name>RunPanel</name>
    <message>
        <location filename="../../leshua_gui/ui/batch/run_panel.py" line="118"/>
        <source>Queries in &amp;flight:</source>
        <extracomment>idle: nothing to send; ready: a list to send; running, paused, stopping (Cancel pressed, the queries in flight finishing); stopped: cancelled with orders left (resumable); done as `leshua-query batch` accepts them the bar and the counts, about a job: hidden before one starts</extracomment>
        <translation>同時查詢數(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/run_panel.py" line="119"/>
        <source>How many orders are asked at the same time</source>
        <translation>同時查詢多少個訂單</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/run_panel.py" line="120"/>
        <source>Rate &amp;limit:</source>
        <translation>速率上限(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/run_panel.py" line="121"/>
        <source> a second</source>
        <translation> 次/秒</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/run_panel.py" line="122"/>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/run_panel.py" line="124"/>
        <source>At most this many queries a second for the whole job (0: no limit)</source>
        <translation>整個任務每秒最多查詢的次數（0：不限）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/run_panel.py" line="127"/>
        <source>Keep querying un&amp;til final (up to %1 s an order)</source>
        <translation>持續查詢直到終態（每個訂單最長 %1 秒）(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/run_panel.py" line="130"/>
        <source>Ask a paying order again until it is paid, failed or closed</source>
        <translation>對支付中的訂單反覆查詢，直到支付成功、支付失敗或訂單關閉</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/run_panel.py" line="132"/>
        <source>&amp;Start</source>
        <translation>開始(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/run_panel.py" line="133"/>
        <source>Ask the gateway about every order of the list</source>
        <translation>向閘道查詢清單中的每個訂單</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/run_panel.py" line="134"/>
        <source>P&amp;ause</source>
        <translation>暫停(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/run_panel.py" line="136"/>
        <source>Send no new query; the ones on their way finish and are kept</source>
        <translation>不再發送新的查詢；已發出的查詢完成後結果會保留</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/run_panel.py" line="138"/>
        <source>&amp;Resume</source>
        <translation>繼續(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/run_panel.py" line="139"/>
        <source>Go on asking the orders without an answer</source>
        <translation>繼續查詢尚無應答的訂單</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/run_panel.py" line="140"/>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/run_panel.py" line="142"/>
        <source>Stop the job: what was answered is kept, and it can be resumed later</source>
        <translation>停止任務：已收到的應答會保留，之後可以繼續</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/run_panel.py" line="198"/>
        <source>%1 / %2 orders answered</source>
        <translation>已應答 %1 / %2 個訂單</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/run_panel.py" line="202"/>
        <source>Done: every order of the list has an answer.</source>
        <translation>完成：清單中的每個訂單都已收到應答。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/run_panel.py" line="204"/>
        <source>Stopped. Left to ask: %1. Resume to ask them.</source>
        <translation>已停止。尚未查詢：%1 個。按「繼續」即可查詢。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/run_panel.py" line="206"/>
        <source>Stopping: the queries on their way finish and are kept…</source>
        <translation>正在停止：已發出的查詢完成後結果會保留…</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/run_panel.py" line="208"/>
        <source>Paused: no new query is sent. Left to ask: %1.</source>
        <translation>已暫停：不再發送新的查詢。尚未查詢：%1 個。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/run_panel.py" line="210"/>
        <source>Asking…</source>
        <translation>正在查詢…</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/run_panel.py" line="213"/>
        <source>%1 orders a second · about %2 left</source>
        <translation>每秒 %1 個訂單 · 預計還需 %2</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/run_panel.py" line="220"/>
        <source>busy answers from the gateway: %1 (those orders were asked again, more slowly)</source>
        <translation>閘道忙碌的應答：%1 次（這些訂單已放慢速度重新查詢）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/run_panel.py" line="238"/>
        <source>Verified states: %1</source>
        <translation>已驗證的交易狀態：%1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="79"/>
        <source>Settings</source>
        <extracomment>how long a watched order is asked again before the watch gives up</extracomment>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="82"/>
        <source>Follow the system</source>
        <translation>依系統設定</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="89"/>
        <source>Keep querying until a final state</source>
        <translation>持續查詢直到終態</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="90"/>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="91"/>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="92"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="93"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="94"/>
        <source>keep everything</source>
        <translation>全部保留</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="95"/>
        <source> h</source>
        <translation> 小時</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="98"/>
        <source>A watched order is asked again in the background until its state is final, for at most this long</source>
        <translation>持續查詢中的訂單會在背景反覆查詢，直到其狀態為最終狀態，最長持續這麼久</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="102"/>
        <source>system certificates</source>
        <translation>系統憑證</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="103"/>
        <source>B&amp;rowse…</source>
        <translation>瀏覽(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="105"/>
        <source>&amp;Language:</source>
        <translation>語言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="106"/>
        <source>Polling:</source>
        <translation>輪詢：</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="107"/>
        <source>Polling &amp;deadline:</source>
        <translation>輪詢時限(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="108"/>
        <source>&amp;Connect timeout:</source>
        <translation>連線逾時(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="109"/>
        <source>&amp;Answer timeout:</source>
        <translation>應答逾時(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="110"/>
        <source>CA &amp;bundle (corporate proxy):</source>
        <translation>CA 憑證包（企業代理伺服器）(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="111"/>
        <source>Keep &amp;history for:</source>
        <translation>查詢記錄保留(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="112"/>
        <source>&amp;Watch orders for up to:</source>
        <translation>持續查詢訂單最長(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="129"/>
        <source>CA bundle</source>
        <translation>CA 憑證包</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="129"/>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>憑證 (*.pem *.crt);;所有檔案 (*)</translation>
    </message>
</context>
<context>
    <name>TotalsView</name>
    <message>
        <location filename="../../leshua_gui/ui/batch/totals_view.py" line="223"/>
        <source>Trade state</source>
        <extracomment>The money columns of both tables: (batch_words.TOTALS key, Money attribute). What was counted apart (never added to money), as Totals attributes and their labels. The check against the books. Room added to each column beyond its widest text (pixels).</extracomment>
        <translation>交易狀態</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/totals_view.py" line="224"/>
        <source>Pay way</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/totals_view.py" line="227"/>
        <source>Counted apart, never added to money</source>
        <translation>單獨計數，不計入金額</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/totals_view.py" line="228"/>
        <source>Checked against the books</source>
        <translation>與帳上核對</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/totals_view.py" line="231"/>
        <source>The list gives no expected amounts: nothing was checked against the books.</source>
        <translation>清單中沒有帳上金額：未與帳上核對。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/totals_view.py" line="234"/>
        <source>Rows with an expected amount</source>
        <translation>有帳上金額的列</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/totals_view.py" line="235"/>
        <source>Expected amounts in total</source>
        <translation>帳上金額合計</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/totals_view.py" line="269"/>
        <source>%1 fen</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/totals_view.py" line="277"/>
        <source>No verified answer yet: money is shown here as verified answers come in.</source>
        <translation>還沒有已驗證的應答：收到已驗證的應答後，金額會顯示在這裡。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/totals_view.py" line="279"/>
        <source>Counting…</source>
        <translation>正在統計…</translation>
    </message>
</context>
<context>
    <name>ValueLabel</name>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="138"/>
        <source>Copy</source>
        <extracomment>Rows without a copy button (their context menu still copies: a code, the state&apos;s code).</extracomment>
        <translation>複製</translation>
    </message>
</context>
<context>
    <name>WatchModel</name>
    <message>
        <location filename="../../leshua_gui/ui/watch_model.py" line="39"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_model.py" line="42"/>
        <source>%1 min</source>
        <translation>%1 分鐘</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_model.py" line="45"/>
        <source>%1 h</source>
        <translation>%1 小時</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_model.py" line="46"/>
        <source>%1 h %2 min</source>
        <translation>%1 小時 %2 分鐘</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_model.py" line="68"/>
        <source>not asked yet</source>
        <translation>尚未查詢</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_model.py" line="74"/>
        <source>not verified: %1</source>
        <translation>未通過驗簽：%1</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_model.py" line="75"/>
        <source>not verified</source>
        <translation>未通過驗簽</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_model.py" line="81"/>
        <source>Demo merchant (sandbox)</source>
        <translation>示範商戶（沙盒）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_model.py" line="216"/>
        <source>Profile</source>
        <extracomment>ids shown as new although their notice was marked seen (the panel is being looked at)</extracomment>
        <translation>商戶設定檔</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_model.py" line="217"/>
        <source>Order number</source>
        <translation>訂單號</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_model.py" line="218"/>
        <source>Last state</source>
        <translation>最近狀態</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_model.py" line="219"/>
        <source>Asked at</source>
        <translation>查詢時間</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_model.py" line="220"/>
        <source>Next check</source>
        <translation>下次查詢</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_model.py" line="221"/>
        <source>Watched for</source>
        <translation>已持續查詢</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_model.py" line="222"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_model.py" line="268"/>
        <source>Ended: final</source>
        <translation>已結束：最終狀態</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_model.py" line="269"/>
        <source>Ended: expired</source>
        <translation>已結束：到期</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_model.py" line="270"/>
        <source>Ended: profile gone</source>
        <translation>已結束：商戶設定檔已不存在</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_model.py" line="271"/>
        <source>Ended</source>
        <translation>已結束</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_model.py" line="283"/>
        <source>Watched since %1, until %2 at the latest</source>
        <translation>自 %1 起持續查詢，最晚到 %2</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_model.py" line="286"/>
        <source>%1 fen, from the last verified answer</source>
        <translation>%1 分，取自最近一次驗簽通過的應答</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_model.py" line="294"/>
        <source>Last verified state: %1</source>
        <translation>最近驗簽通過的狀態：%1</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_model.py" line="300"/>
        <source>Checks made: %1</source>
        <translation>已查詢次數：%1</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_model.py" line="302"/>
        <source>New: not looked at yet</source>
        <translation>新提醒：尚未檢視</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_model.py" line="308"/>
        <source>Asked again at this time; the wait grows after each check, up to 5 minutes</source>
        <translation>將在此時間再次查詢；每次查詢後間隔逐漸加長，最長 5 分鐘</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_model.py" line="311"/>
        <source>No longer watched: the order reached a final state</source>
        <translation>已停止持續查詢：訂單已到最終狀態</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_model.py" line="312"/>
        <source>No longer watched: the time set for watching ran out</source>
        <translation>已停止持續查詢：已到設定的持續查詢時長</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_model.py" line="313"/>
        <source>No longer watched: its profile was removed or changed</source>
        <translation>已停止持續查詢：其商戶設定檔已刪除或已變更</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_model.py" line="314"/>
        <source>No longer watched</source>
        <translation>已停止持續查詢</translation>
    </message>
</context>
<context>
    <name>WatchPanel</name>
    <message>
        <location filename="../../leshua_gui/ui/watch_panel.py" line="138"/>
        <source>Check &amp;now</source>
        <extracomment>The columns that count time are drawn again this often, and the list read again while shown (another window or the command line may have changed it). After a check&apos;s news, the list is read again (in its order) this long after the last one. The widest a column opens. a row with a new notice is bold: its text is wider than the fitted widths by about this</extracomment>
        <translation>立即查詢(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_panel.py" line="139"/>
        <source>&amp;Show result</source>
        <translation>顯示結果(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_panel.py" line="140"/>
        <source>Remo&amp;ve</source>
        <translation>移除(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_panel.py" line="141"/>
        <source>Clear &amp;ended</source>
        <translation>清除已結束(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_panel.py" line="142"/>
        <source>Check now</source>
        <translation>立即查詢</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_panel.py" line="143"/>
        <source>Show result</source>
        <translation>顯示結果</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_panel.py" line="144"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_panel.py" line="145"/>
        <source>Watched orders</source>
        <translation>持續查詢的訂單</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_panel.py" line="147"/>
        <source>Remove every watch that has ended from the list (their checks stay in the history)</source>
        <translation>從清單中移除所有已結束的持續查詢（其查詢仍保留在查詢記錄中）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_panel.py" line="156"/>
        <source>No order is watched. Choose “Watch until final” on a result that is not final, or on a row of the History tab: the order is then asked again in the background, every %1 at first and less often after, up to %2 apart, for up to %3, and you are told when it is paid, failed or closed, or still unpaid after the profile&apos;s “close after” time. Every check is kept in the history.</source>
        <translation>目前沒有持續查詢的訂單。在尚非最終狀態的結果上，或在「查詢記錄」分頁的某一列上選擇「持續查詢至最終狀態」：該訂單隨後會在背景反覆查詢，起初每 %1 一次，之後間隔逐漸加長，最長間隔 %2，最多持續 %3；訂單付款成功、付款失敗或關閉時，或超過商戶設定檔的「逾時未付款提醒」時間仍未付款時，都會提醒您。每次查詢都儲存在查詢記錄中。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_panel.py" line="229"/>
        <source>The watch list cannot be used now: %1</source>
        <translation>持續查詢清單暫時無法使用：%1</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_panel.py" line="260"/>
        <source>Watching: %1 · ended: %2</source>
        <translation>持續查詢中：%1 · 已結束：%2</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_panel.py" line="351"/>
        <source>Ask the selected orders&apos; state now, without waiting</source>
        <translation>立即查詢所選訂單的狀態，不再等待</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_panel.py" line="353"/>
        <source>These watches have ended: nothing is asked any more</source>
        <translation>這些持續查詢已結束：不會再查詢</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_panel.py" line="355"/>
        <location filename="../../leshua_gui/ui/watch_panel.py" line="365"/>
        <source>Select a watched order first</source>
        <translation>請先選擇一筆持續查詢的訂單</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_panel.py" line="357"/>
        <source>Show the last answer of the selected order</source>
        <translation>顯示所選訂單最近一次的應答</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_panel.py" line="359"/>
        <source>Not asked yet: there is no answer to show</source>
        <translation>尚未查詢：沒有可顯示的應答</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_panel.py" line="361"/>
        <source>Select one order</source>
        <translation>請選擇一筆訂單</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_panel.py" line="363"/>
        <source>Stop watching the selected orders (their checks stay in the history)</source>
        <translation>停止持續查詢所選訂單（其查詢仍保留在查詢記錄中）</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../leshua_gui/ui/window_menus.py" line="76"/>
        <location filename="../../leshua_gui/ui/window_menus.py" line="89"/>
        <source>Check a &amp;list of orders…</source>
        <extracomment>&quot;Check a list of orders…&quot; (Ctrl+L), first in Tools: added after the first paint</extracomment>
        <translation>批量查單(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/window_menus.py" line="83"/>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/window_menus.py" line="84"/>
        <source>Manage &amp;profiles…</source>
        <translation>管理商戶設定檔(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/window_menus.py" line="85"/>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/window_menus.py" line="86"/>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/window_menus.py" line="87"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/window_menus.py" line="90"/>
        <source>Look up a &amp;refund…</source>
        <translation>查詢退款(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/window_menus.py" line="91"/>
        <source>Check a &amp;callback…</source>
        <translation>驗證非同步通知(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/window_menus.py" line="92"/>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/window_menus.py" line="93"/>
        <source>&amp;States and what to do</source>
        <translation>狀態說明與後續處理(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/window_menus.py" line="94"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>鍵盤快速鍵(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/window_menus.py" line="95"/>
        <source>Open &amp;log folder</source>
        <translation>開啟記錄檔資料夾(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/window_menus.py" line="96"/>
        <source>&amp;About Leshua Desk</source>
        <translation>關於樂刷查單助手(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/window_menus.py" line="112"/>
        <source>States and what to do</source>
        <translation>狀態說明與後續處理</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/window_menus.py" line="120"/>
        <source>Keyboard shortcuts</source>
        <translation>鍵盤快速鍵</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/window_menus.py" line="132"/>
        <source>About Leshua Desk</source>
        <translation>關於樂刷查單助手</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/window_menus.py" line="141"/>
        <source>Leshua Desk</source>
        <translation>樂刷查單助手</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/window_menus.py" line="144"/>
        <source>Look up Leshua payment orders and verify the gateway&apos;s answers.</source>
        <translation>查詢樂刷支付訂單，驗證閘道應答。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/window_menus.py" line="146"/>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/window_menus.py" line="147"/>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/window_menus.py" line="148"/>
        <source>Keyring</source>
        <translation>鑰匙圈</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/window_menus.py" line="149"/>
        <source>Data</source>
        <translation>資料</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/window_menus.py" line="150"/>
        <source>Logs</source>
        <translation>記錄檔</translation>
    </message>
</context>
</TS>
