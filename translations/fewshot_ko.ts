<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>RunHistory</name>
    <message>
        <location filename="../bridge/run_history.cpp" line="21"/>
        <source>%1 is not a run folder (it has no readable config.json)</source>
        <translation>%1은(는) 실행 폴더가 아닙니다(읽을 수 있는 config.json이 없습니다)</translation>
    </message>
    <message>
        <location filename="../bridge/run_history.cpp" line="28"/>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1은(는) 올바른 JSON이 아닙니다: %2</translation>
    </message>
</context>
<context>
    <name>fewshot::bridge::TrainingBridge</name>
    <message>
        <location filename="../bridge/training_bridge.cpp" line="101"/>
        <source>CUDA device %1 (of %2)</source>
        <translation>CUDA 장치 %1 (%2개 중)</translation>
    </message>
    <message>
        <location filename="../bridge/training_bridge.cpp" line="103"/>
        <source>CPU, %1 cores</source>
        <translation>CPU, 코어 %1개</translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::AugmentPreviewPanel</name>
    <message>
        <location filename="../widgets/augment_preview_panel.cpp" line="19"/>
        <source>Use the run&apos;s current p</source>
        <translation>실행의 현재 p 사용</translation>
    </message>
    <message>
        <location filename="../widgets/augment_preview_panel.cpp" line="22"/>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <location filename="../widgets/augment_preview_panel.cpp" line="29"/>
        <source>Regenerate</source>
        <translation>다시 생성</translation>
    </message>
    <message>
        <location filename="../widgets/augment_preview_panel.cpp" line="33"/>
        <source>Real images from the dataset, augmented the way the discriminator sees them, appear here. Choose a dataset or open a run, then press Regenerate.</source>
        <translation>판별기가 보는 방식대로 증강된 데이터셋의 실제 이미지가 여기에 표시됩니다. 데이터셋을 고르거나 실행을 연 다음 다시 생성을 누르세요.</translation>
    </message>
    <message>
        <location filename="../widgets/augment_preview_panel.cpp" line="52"/>
        <source>augmented at p = %1 (%2 augmentations)</source>
        <translation>p = %1에서 증강됨 (%2 증강)</translation>
    </message>
    <message>
        <location filename="../widgets/augment_preview_panel.cpp" line="57"/>
        <source>Preview failed: %1</source>
        <translation>미리 보기 실패: %1</translation>
    </message>
    <message>
        <location filename="../widgets/augment_preview_panel.cpp" line="80"/>
        <source>Choose a dataset or open a run first.</source>
        <translation>먼저 데이터셋을 고르거나 실행을 여세요.</translation>
    </message>
    <message>
        <location filename="../widgets/augment_preview_panel.cpp" line="83"/>
        <source>computing…</source>
        <translation>계산 중…</translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::ConSinGanOptions</name>
    <message>
        <location filename="../widgets/consingan_options.cpp" line="24"/>
        <source>Generation</source>
        <translation>생성</translation>
    </message>
    <message>
        <location filename="../widgets/consingan_options.cpp" line="25"/>
        <source>Retargeting (any size)</source>
        <translation>리타기팅 (임의 크기)</translation>
    </message>
    <message>
        <location filename="../widgets/consingan_options.cpp" line="26"/>
        <source>Harmonization</source>
        <translation>조화 (하모나이제이션)</translation>
    </message>
    <message>
        <location filename="../widgets/consingan_options.cpp" line="27"/>
        <source>Editing</source>
        <translation>편집</translation>
    </message>
    <message>
        <location filename="../widgets/consingan_options.cpp" line="28"/>
        <source>Retargeting is best for other sizes and aspect ratios; harmonization and editing train for pasted objects (Explore tab ▸ Harmonize).</source>
        <translation>다른 크기와 종횡비에는 리타기팅이 가장 좋습니다. 조화와 편집은 붙여 넣은 물체를 위해 학습합니다 (탐색 탭 ▸ 조화).</translation>
    </message>
    <message>
        <location filename="../widgets/consingan_options.cpp" line="30"/>
        <source>Mode</source>
        <translation>모드</translation>
    </message>
    <message>
        <location filename="../widgets/consingan_options.cpp" line="32"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../widgets/consingan_options.cpp" line="33"/>
        <source>The longer side of the finest stage; the image keeps its aspect ratio.</source>
        <translation>가장 세밀한 단계의 긴 변. 이미지의 종횡비는 유지됩니다.</translation>
    </message>
    <message>
        <location filename="../widgets/consingan_options.cpp" line="34"/>
        <source>Largest size</source>
        <translation>최대 크기</translation>
    </message>
    <message>
        <location filename="../widgets/consingan_options.cpp" line="36"/>
        <source>Stages</source>
        <translation>단계 수</translation>
    </message>
    <message>
        <location filename="../widgets/consingan_options.cpp" line="38"/>
        <source>Iterations per stage</source>
        <translation>단계별 반복 수</translation>
    </message>
    <message>
        <location filename="../widgets/consingan_options.cpp" line="40"/>
        <source>Channels of every convolution (the paper uses 64).</source>
        <translation>모든 합성곱의 채널 수 (논문은 64 사용).</translation>
    </message>
    <message>
        <location filename="../widgets/consingan_options.cpp" line="41"/>
        <source>Width (channels)</source>
        <translation>폭 (채널)</translation>
    </message>
    <message>
        <location filename="../widgets/consingan_options.cpp" line="75"/>
        <source>%1 stages × %2 = %3 iterations; the three newest stages train together.</source>
        <translation>%1 단계 × %2 = %3 반복. 가장 최근의 세 단계가 함께 학습됩니다.</translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::DatasetOptionsPanel</name>
    <message>
        <location filename="../widgets/dataset_options_panel.cpp" line="32"/>
        <source>Center crop</source>
        <translation>가운데 자르기</translation>
    </message>
    <message>
        <location filename="../widgets/dataset_options_panel.cpp" line="33"/>
        <source>Pad with background</source>
        <translation>배경으로 채우기</translation>
    </message>
    <message>
        <location filename="../widgets/dataset_options_panel.cpp" line="34"/>
        <source>Stretch</source>
        <translation>늘이기</translation>
    </message>
    <message>
        <location filename="../widgets/dataset_options_panel.cpp" line="37"/>
        <source>Area (sharp, no aliasing)</source>
        <translation>영역 평균 (선명, 앨리어싱 없음)</translation>
    </message>
    <message>
        <location filename="../widgets/dataset_options_panel.cpp" line="38"/>
        <source>Bilinear</source>
        <translation>쌍선형</translation>
    </message>
    <message>
        <location filename="../widgets/dataset_options_panel.cpp" line="41"/>
        <source>Transparent pixels and padding get this colour</source>
        <translation>투명한 픽셀과 여백이 이 색이 됩니다</translation>
    </message>
    <message>
        <location filename="../widgets/dataset_options_panel.cpp" line="43"/>
        <source>The training resolution: the preview and the too-small warnings use it</source>
        <translation>학습 해상도: 미리보기와 너무 작음 경고가 이 값을 씁니다</translation>
    </message>
    <message>
        <location filename="../widgets/dataset_options_panel.cpp" line="44"/>
        <source>Resize:</source>
        <translation>크기 조정:</translation>
    </message>
    <message>
        <location filename="../widgets/dataset_options_panel.cpp" line="45"/>
        <source>Resampling:</source>
        <translation>리샘플링:</translation>
    </message>
    <message>
        <location filename="../widgets/dataset_options_panel.cpp" line="46"/>
        <source>Background:</source>
        <translation>배경:</translation>
    </message>
    <message>
        <location filename="../widgets/dataset_options_panel.cpp" line="47"/>
        <source>Training size:</source>
        <translation>학습 크기:</translation>
    </message>
    <message>
        <location filename="../widgets/dataset_options_panel.cpp" line="53"/>
        <source>Background for transparent pixels</source>
        <translation>투명한 픽셀의 배경</translation>
    </message>
    <message>
        <location filename="../widgets/dataset_options_panel.cpp" line="65"/>
        <source>%1 x %1 px</source>
        <translation>%1 x %1 px</translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::DatasetPreviewView</name>
    <message>
        <location filename="../widgets/dataset_preview_view.cpp" line="57"/>
        <source>Select a thumbnail to preview how it is prepared for training.</source>
        <translation>썸네일을 선택하면 학습용으로 어떻게 준비되는지 미리 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/dataset_preview_view.cpp" line="64"/>
        <source>Original</source>
        <translation>원본</translation>
    </message>
    <message>
        <location filename="../widgets/dataset_preview_view.cpp" line="65"/>
        <source>For training</source>
        <translation>학습용</translation>
    </message>
    <message>
        <location filename="../widgets/dataset_preview_view.cpp" line="71"/>
        <source>%1 cannot be used: %2</source>
        <translation>%1 사용 불가: %2</translation>
    </message>
    <message>
        <location filename="../widgets/dataset_preview_view.cpp" line="77"/>
        <source>Original %1 x %2</source>
        <translation>원본 %1 x %2</translation>
    </message>
    <message>
        <location filename="../widgets/dataset_preview_view.cpp" line="78"/>
        <source>For training %1 x %1</source>
        <translation>학습용 %1 x %1</translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::DatasetReportModel</name>
    <message>
        <location filename="../widgets/dataset_report_model.cpp" line="26"/>
        <source>Skipped</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <location filename="../widgets/dataset_report_model.cpp" line="26"/>
        <source>Warning</source>
        <translation>경고</translation>
    </message>
    <message>
        <location filename="../widgets/dataset_report_model.cpp" line="37"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../widgets/dataset_report_model.cpp" line="38"/>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <location filename="../widgets/dataset_report_model.cpp" line="39"/>
        <source>Reason</source>
        <translation>이유</translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::DatasetReportView</name>
    <message>
        <location filename="../widgets/dataset_report_view.cpp" line="63"/>
        <source>Open a folder of images, or one image for single-image models, to see the import report.</source>
        <translation>가져오기 보고서를 보려면 이미지 폴더를 열거나, 단일 이미지 모델용 이미지 한 장을 여세요.</translation>
    </message>
    <message>
        <location filename="../widgets/dataset_report_view.cpp" line="71"/>
        <source>Checking the images (files: %1)...</source>
        <translation>이미지를 확인하는 중 (파일: %1)...</translation>
    </message>
    <message>
        <location filename="../widgets/dataset_report_view.cpp" line="80"/>
        <source>The import check failed: %1</source>
        <translation>가져오기 확인 실패: %1</translation>
    </message>
    <message>
        <location filename="../widgets/dataset_report_view.cpp" line="86"/>
        <source>Files scanned: %1 · Usable images: %2 · Skipped: %3 · Warnings: %4</source>
        <translation>검사한 파일: %1 · 사용 가능한 이미지: %2 · 건너뜀: %3 · 경고: %4</translation>
    </message>
    <message>
        <location filename="../widgets/dataset_report_view.cpp" line="91"/>
        <source>(from the import cache)</source>
        <translation>(가져오기 캐시에서)</translation>
    </message>
    <message>
        <location filename="../widgets/dataset_report_view.cpp" line="96"/>
        <source>Every file can be used as it is.</source>
        <translation>모든 파일을 그대로 사용할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/dataset_report_view.cpp" line="102"/>
        <source>Notes</source>
        <translation>참고</translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::DatasetTab</name>
    <message>
        <location filename="../widgets/dataset_tab.cpp" line="88"/>
        <source>Folder of images, or one image; or drop one here</source>
        <translation>이미지 폴더 또는 이미지 한 장. 여기에 끌어다 놓아도 됩니다</translation>
    </message>
    <message>
        <location filename="../widgets/dataset_tab.cpp" line="89"/>
        <source>Open Folder...</source>
        <translation>폴더 열기...</translation>
    </message>
    <message>
        <location filename="../widgets/dataset_tab.cpp" line="90"/>
        <source>Open Image...</source>
        <translation>이미지 열기...</translation>
    </message>
    <message>
        <location filename="../widgets/dataset_tab.cpp" line="91"/>
        <source>One image, for single-image models such as ConSinGAN</source>
        <translation>ConSinGAN 같은 단일 이미지 모델용 이미지 한 장</translation>
    </message>
    <message>
        <location filename="../widgets/dataset_tab.cpp" line="92"/>
        <source>Dataset:</source>
        <translation>데이터셋:</translation>
    </message>
    <message>
        <location filename="../widgets/dataset_tab.cpp" line="97"/>
        <source>Drop a folder of images (or one image) onto this tab, or open one.</source>
        <translation>이미지 폴더(또는 이미지 한 장)를 이 탭에 끌어다 놓거나 여세요.</translation>
    </message>
    <message>
        <location filename="../widgets/dataset_tab.cpp" line="122"/>
        <source>Import options</source>
        <translation>가져오기 옵션</translation>
    </message>
    <message>
        <location filename="../widgets/dataset_tab.cpp" line="126"/>
        <source>Preview</source>
        <translation>미리보기</translation>
    </message>
    <message>
        <location filename="../widgets/dataset_tab.cpp" line="138"/>
        <source>Import report</source>
        <translation>가져오기 보고서</translation>
    </message>
    <message>
        <location filename="../widgets/dataset_tab.cpp" line="166"/>
        <source>Open a folder of images</source>
        <translation>이미지 폴더 열기</translation>
    </message>
    <message>
        <location filename="../widgets/dataset_tab.cpp" line="170"/>
        <source>Open one image</source>
        <translation>이미지 한 장 열기</translation>
    </message>
    <message>
        <location filename="../widgets/dataset_tab.cpp" line="171"/>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.webp *.tif *.tiff)</source>
        <translation>이미지 (*.png *.jpg *.jpeg *.bmp *.webp *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../widgets/dataset_tab.cpp" line="203"/>
        <source>Enter or drop a folder of images, or one image.</source>
        <translation>이미지 폴더나 이미지 한 장을 입력하거나 끌어다 놓으세요.</translation>
    </message>
    <message>
        <location filename="../widgets/dataset_tab.cpp" line="216"/>
        <source>One image: %1. Single-image models (ConSinGAN) learn from it.</source>
        <translation>이미지 한 장: %1. 단일 이미지 모델(ConSinGAN)이 이 이미지로 학습합니다.</translation>
    </message>
    <message>
        <location filename="../widgets/dataset_tab.cpp" line="217"/>
        <source>%1 (image files: %2)</source>
        <translation>%1 (이미지 파일: %2)</translation>
    </message>
    <message>
        <location filename="../widgets/dataset_tab.cpp" line="320"/>
        <source>Select a thumbnail to preview how it is prepared for training.</source>
        <translation>썸네일을 선택하면 학습용으로 어떻게 준비되는지 미리 볼 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::ExploreTab</name>
    <message>
        <location filename="../widgets/explore_tab.cpp" line="18"/>
        <source>Open a run (File ▸ Open folder, or the Runs sidebar) or train one to explore what its generator learned.</source>
        <translation>실행을 열거나 (파일 ▸ 폴더 열기, 또는 실행 사이드바) 새로 학습하면 생성기가 배운 것을 탐색할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/explore_tab.cpp" line="51"/>
        <source>%1 has no readable config.json.</source>
        <translation>%1 에 읽을 수 있는 config.json 이 없습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/explore_tab.cpp" line="52"/>
        <source>The explorer works on FastGAN runs (seeds, interpolation, style mixing) and ConSinGAN runs (generation at any size, harmonization). This run is %1.</source>
        <translation>탐색기는 FastGAN 실행 (시드, 보간, 스타일 믹싱)과 ConSinGAN 실행 (임의 크기 생성, 조화)에서 작동합니다. 이 실행은 %1 입니다.</translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::MainWindow</name>
    <message>
        <location filename="../widgets/main_window.cpp" line="38"/>
        <source>FewShot Studio %1</source>
        <translation>FewShot Studio %1</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="43"/>
        <location filename="../widgets/main_window.cpp" line="114"/>
        <source>Dataset</source>
        <translation>데이터셋</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="44"/>
        <location filename="../widgets/main_window.cpp" line="114"/>
        <source>Train</source>
        <translation>학습</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="47"/>
        <location filename="../widgets/main_window.cpp" line="114"/>
        <source>Explore</source>
        <translation>탐색</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="48"/>
        <location filename="../widgets/main_window.cpp" line="114"/>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="149"/>
        <location filename="../widgets/main_window.cpp" line="163"/>
        <source>Ready</source>
        <translation>준비됨</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="79"/>
        <source>Double-click to open</source>
        <translation>두 번 클릭하여 열기</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="84"/>
        <source>Runs and datasets</source>
        <translation>실행과 데이터셋</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="93"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="94"/>
        <source>&amp;Open folder…</source>
        <translation>폴더 열기(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="96"/>
        <source>Open a folder of images, an image, or a run folder (Ctrl+O)</source>
        <translation>이미지 폴더, 이미지 한 장 또는 실행 폴더 열기 (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="98"/>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="101"/>
        <source>&amp;Training</source>
        <translation>학습(&amp;T)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="102"/>
        <source>&amp;Start</source>
        <translation>시작(&amp;S)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="103"/>
        <source>&amp;Pause / Resume</source>
        <translation>일시 정지 / 재개(&amp;P)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="105"/>
        <source>S&amp;top</source>
        <translation>중지(&amp;T)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="106"/>
        <source>&amp;Checkpoint now</source>
        <translation>지금 체크포인트 저장(&amp;C)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="108"/>
        <source>&amp;Export…</source>
        <translation>내보내기(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="113"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="122"/>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="126"/>
        <source>System language</source>
        <translation>시스템 언어</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="134"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="135"/>
        <source>&amp;About FewShot Studio</source>
        <translation>FewShot Studio 정보(&amp;A)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="137"/>
        <source>Main</source>
        <translation>기본</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="145"/>
        <source>iteration –</source>
        <translation>반복 –</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="146"/>
        <source>– it/s</source>
        <translation>– it/s</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="147"/>
        <source>ETA –</source>
        <translation>남은 시간 –</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="152"/>
        <source>iteration %1 / %2</source>
        <translation>반복 %1 / %2</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="153"/>
        <source>%1 it/s</source>
        <translation>%1 it/s</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="154"/>
        <source>ETA %1</source>
        <translation>남은 시간 %1</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="159"/>
        <source>Preparing training…</source>
        <translation>학습 준비 중…</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="160"/>
        <source>Training</source>
        <translation>학습 중</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="161"/>
        <source>Paused</source>
        <translation>일시 정지됨</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="162"/>
        <source>Stopping: saving a checkpoint…</source>
        <translation>중지 중: 체크포인트 저장 중…</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="164"/>
        <source>Training failed; see the log</source>
        <translation>학습 실패. 로그를 확인하세요</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="176"/>
        <source>%1 does not exist</source>
        <translation>%1이(가) 없습니다</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="183"/>
        <source>Cannot open the run</source>
        <translation>실행을 열 수 없습니다</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="194"/>
        <source>Open a dataset folder or a run folder</source>
        <translation>데이터셋 폴더 또는 실행 폴더 열기</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="214"/>
        <source>Training is running</source>
        <translation>학습이 진행 중입니다</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="215"/>
        <source>Stop training and save a checkpoint before closing?</source>
        <translation>닫기 전에 학습을 중지하고 체크포인트를 저장할까요?</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="216"/>
        <source>Stop and save</source>
        <translation>중지하고 저장</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="272"/>
        <source>Runs</source>
        <translation>실행</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="272"/>
        <source>Datasets</source>
        <translation>데이터셋</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="288"/>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="288"/>
        <source>The language changes when FewShot Studio is restarted.</source>
        <translation>FewShot Studio를 다시 시작하면 언어가 바뀝니다.</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="292"/>
        <source>About FewShot Studio</source>
        <translation>FewShot Studio 정보</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="293"/>
        <source>&lt;b&gt;FewShot Studio %1&lt;/b&gt;&lt;p&gt;Train and explore GANs on tiny datasets.&lt;/p&gt;</source>
        <translation>&lt;b&gt;FewShot Studio %1&lt;/b&gt;&lt;p&gt;아주 작은 데이터셋으로 GAN을 학습하고 탐색합니다.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::NearestImagesPanel</name>
    <message>
        <location filename="../widgets/nearest_images_panel.cpp" line="15"/>
        <source>Samples beside their nearest training image appear here when live metrics run (left: generated, right: nearest real image in feature space).</source>
        <translation>실시간 지표가 계산되면 샘플과 가장 가까운 학습 이미지가 나란히 표시됩니다 (왼쪽: 생성, 오른쪽: 특징 공간에서 가장 가까운 실제 이미지).</translation>
    </message>
    <message>
        <location filename="../widgets/nearest_images_panel.cpp" line="18"/>
        <source>Distances are in the metric&apos;s feature space. A distance near zero means the generator reproduces that training image: memorisation, not generalisation.</source>
        <translation>거리는 지표의 특징 공간에서 잰 값입니다. 거리가 0에 가까우면 생성기가 그 학습 이미지를 그대로 재현한다는 뜻입니다: 일반화가 아니라 암기입니다.</translation>
    </message>
    <message>
        <location filename="../widgets/nearest_images_panel.cpp" line="36"/>
        <source>Iteration %1 · left: sample, right: nearest training image</source>
        <translation>반복 %1 · 왼쪽: 샘플, 오른쪽: 가장 가까운 학습 이미지</translation>
    </message>
    <message>
        <location filename="../widgets/nearest_images_panel.cpp" line="38"/>
        <source> · mean distance %1, smallest %2 (%3 features)</source>
        <translation> · 평균 거리 %1, 최소 %2 (%3 특징)</translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::SampleTimelapse</name>
    <message>
        <location filename="../widgets/sample_timelapse.cpp" line="13"/>
        <source>Sample grids from fixed seeds (EMA generator) appear here while training.</source>
        <translation>학습 중에 고정 시드(EMA 생성기)의 샘플 격자가 여기에 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../widgets/sample_timelapse.cpp" line="21"/>
        <source>Scrub back through earlier sample grids</source>
        <translation>이전 샘플 격자를 되돌려 보기</translation>
    </message>
    <message>
        <location filename="../widgets/sample_timelapse.cpp" line="70"/>
        <source>iteration %1 (latest)</source>
        <translation>반복 %1 (최신)</translation>
    </message>
    <message>
        <location filename="../widgets/sample_timelapse.cpp" line="71"/>
        <source>iteration %1 (%2 of %3)</source>
        <translation>반복 %1 (%3개 중 %2번째)</translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::SeriesPlot</name>
    <message>
        <location filename="../widgets/series_plot.cpp" line="38"/>
        <source>Wheel: zoom, drag: pan, double-click: follow live</source>
        <translation>휠: 확대/축소, 드래그: 이동, 두 번 클릭: 실시간 따라가기</translation>
    </message>
    <message>
        <location filename="../widgets/series_plot.cpp" line="42"/>
        <source>Log scale</source>
        <translation>로그 눈금</translation>
    </message>
    <message>
        <location filename="../widgets/series_plot.cpp" line="50"/>
        <source>iteration</source>
        <translation>반복</translation>
    </message>
    <message>
        <location filename="../widgets/series_plot.cpp" line="245"/>
        <source>raw</source>
        <translation>원본</translation>
    </message>
    <message>
        <location filename="../widgets/series_plot.cpp" line="250"/>
        <source>iteration %1</source>
        <translation>반복 %1</translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::StageProgressPanel</name>
    <message>
        <location filename="../widgets/stage_progress_panel.cpp" line="26"/>
        <source>stage %p%</source>
        <translation>단계 %p%</translation>
    </message>
    <message>
        <location filename="../widgets/stage_progress_panel.cpp" line="35"/>
        <source>Each stage adds a finer scale; the previews show the newest samples of every stage.</source>
        <translation>각 단계는 더 세밀한 스케일을 더합니다. 미리보기는 단계별 최신 샘플입니다.</translation>
    </message>
    <message>
        <location filename="../widgets/stage_progress_panel.cpp" line="86"/>
        <source>Stage %1 of %2 · iteration %3 of %4</source>
        <translation>단계 %1 / %2 · 반복 %3 / %4</translation>
    </message>
    <message>
        <location filename="../widgets/stage_progress_panel.cpp" line="89"/>
        <source> · stage ETA %1</source>
        <translation> · 단계 남은 시간 %1</translation>
    </message>
    <message>
        <location filename="../widgets/stage_progress_panel.cpp" line="124"/>
        <source>Stage %1: no samples yet</source>
        <translation>단계 %1: 아직 샘플 없음</translation>
    </message>
    <message>
        <location filename="../widgets/stage_progress_panel.cpp" line="134"/>
        <source>Stage %1, samples at iteration %2</source>
        <translation>단계 %1, 반복 %2 의 샘플</translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::TrainOptionsPanel</name>
    <message>
        <location filename="../widgets/train_options_panel.cpp" line="71"/>
        <source>%1 (not available)</source>
        <translation>%1 (사용할 수 없음)</translation>
    </message>
    <message>
        <location filename="../widgets/train_options_panel.cpp" line="74"/>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <location filename="../widgets/train_options_panel.cpp" line="189"/>
        <source>Demo: 64 px, narrow, 1 000 iterations (minutes on a CPU)</source>
        <translation>데모: 64 px, 좁은 모델, 1 000회 반복 (CPU에서 몇 분)</translation>
    </message>
    <message>
        <location filename="../widgets/train_options_panel.cpp" line="190"/>
        <source>CPU 128 px: 10 000 iterations</source>
        <translation>CPU 128 px: 10 000회 반복</translation>
    </message>
    <message>
        <location filename="../widgets/train_options_panel.cpp" line="191"/>
        <source>Official: 256 px, paper widths (needs a GPU)</source>
        <translation>공식: 256 px, 논문의 채널 수 (GPU 필요)</translation>
    </message>
    <message>
        <location filename="../widgets/train_options_panel.cpp" line="77"/>
        <source>Preset</source>
        <translation>프리셋</translation>
    </message>
    <message>
        <location filename="../widgets/train_options_panel.cpp" line="80"/>
        <location filename="../widgets/train_options_panel.cpp" line="176"/>
        <source>folder of images, one image, or a .fspack</source>
        <translation>이미지 폴더, 이미지 한 장 또는 .fspack</translation>
    </message>
    <message>
        <location filename="../widgets/train_options_panel.cpp" line="81"/>
        <location filename="../widgets/train_options_panel.cpp" line="84"/>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <location filename="../widgets/train_options_panel.cpp" line="82"/>
        <source>Dataset</source>
        <translation>데이터셋</translation>
    </message>
    <message>
        <location filename="../widgets/train_options_panel.cpp" line="85"/>
        <location filename="../widgets/train_options_panel.cpp" line="134"/>
        <source>Run folder</source>
        <translation>실행 폴더</translation>
    </message>
    <message>
        <location filename="../widgets/train_options_panel.cpp" line="88"/>
        <source>%1 px</source>
        <translation>%1 px</translation>
    </message>
    <message>
        <location filename="../widgets/train_options_panel.cpp" line="89"/>
        <source>Resolution</source>
        <translation>해상도</translation>
    </message>
    <message>
        <location filename="../widgets/train_options_panel.cpp" line="91"/>
        <source>Batch size</source>
        <translation>배치 크기</translation>
    </message>
    <message>
        <location filename="../widgets/train_options_panel.cpp" line="93"/>
        <source>Iterations</source>
        <translation>반복 횟수</translation>
    </message>
    <message>
        <location filename="../widgets/train_options_panel.cpp" line="96"/>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../widgets/train_options_panel.cpp" line="97"/>
        <source>DiffAugment</source>
        <translation>DiffAugment</translation>
    </message>
    <message>
        <location filename="../widgets/train_options_panel.cpp" line="98"/>
        <source>ADA (adaptive p)</source>
        <translation>ADA (적응형 p)</translation>
    </message>
    <message>
        <location filename="../widgets/train_options_panel.cpp" line="99"/>
        <source>ADA with fixed p</source>
        <translation>고정 p의 ADA</translation>
    </message>
    <message>
        <location filename="../widgets/train_options_panel.cpp" line="100"/>
        <source>Augmentation</source>
        <translation>증강</translation>
    </message>
    <message>
        <location filename="../widgets/train_options_panel.cpp" line="102"/>
        <source>Fixed p</source>
        <translation>고정 p</translation>
    </message>
    <message>
        <location filename="../widgets/train_options_panel.cpp" line="111"/>
        <source>Advanced options</source>
        <translation>고급 옵션</translation>
    </message>
    <message>
        <location filename="../widgets/train_options_panel.cpp" line="155"/>
        <source>Training image</source>
        <translation>학습 이미지</translation>
    </message>
    <message>
        <location filename="../widgets/train_options_panel.cpp" line="156"/>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.webp *.tif *.tiff)</source>
        <translation>이미지 (*.png *.jpg *.jpeg *.bmp *.webp *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../widgets/train_options_panel.cpp" line="160"/>
        <source>Dataset folder</source>
        <translation>데이터셋 폴더</translation>
    </message>
    <message>
        <location filename="../widgets/train_options_panel.cpp" line="171"/>
        <source>Stages × iterations per stage</source>
        <translation>단계 수 × 단계별 반복 수</translation>
    </message>
    <message>
        <location filename="../widgets/train_options_panel.cpp" line="175"/>
        <source>one image (ConSinGAN learns from a single picture)</source>
        <translation>이미지 한 장 (ConSinGAN 은 사진 한 장으로 학습합니다)</translation>
    </message>
    <message>
        <location filename="../widgets/train_options_panel.cpp" line="183"/>
        <source>Demo: up to 128 px, 5 stages × 300 iterations (CPU)</source>
        <translation>데모: 최대 128 px, 5 단계 × 300 반복 (CPU)</translation>
    </message>
    <message>
        <location filename="../widgets/train_options_panel.cpp" line="184"/>
        <source>Tiny: up to 48 px, 4 stages × 40 iterations (a quick try)</source>
        <translation>초소형: 최대 48 px, 4 단계 × 40 반복 (빠른 시험)</translation>
    </message>
    <message>
        <location filename="../widgets/train_options_panel.cpp" line="185"/>
        <source>Official: up to 250 px, 6 stages × 2 000 iterations (GPU advised)</source>
        <translation>공식: 최대 250 px, 6 단계 × 2 000 반복 (GPU 권장)</translation>
    </message>
    <message>
        <location filename="../widgets/train_options_panel.cpp" line="186"/>
        <source>Harmonization: 3 stages × 1 000 iterations, as the paper&apos;s README</source>
        <translation>조화: 3 단계 × 1 000 반복 (논문 README 설정)</translation>
    </message>
    <message>
        <location filename="../widgets/train_options_panel.cpp" line="187"/>
        <source>Editing: 6 stages × 1 000 iterations, as the paper&apos;s README</source>
        <translation>편집: 6 단계 × 1 000 반복 (논문 README 설정)</translation>
    </message>
    <message>
        <location filename="../widgets/train_options_panel.cpp" line="203"/>
        <source>Learning rate G</source>
        <translation>학습률 G</translation>
    </message>
    <message>
        <location filename="../widgets/train_options_panel.cpp" line="205"/>
        <source>Learning rate D</source>
        <translation>학습률 D</translation>
    </message>
    <message>
        <location filename="../widgets/train_options_panel.cpp" line="207"/>
        <source>Generator width (ngf)</source>
        <translation>생성기 폭 (ngf)</translation>
    </message>
    <message>
        <location filename="../widgets/train_options_panel.cpp" line="209"/>
        <source>Discriminator width (ndf)</source>
        <translation>판별기 폭 (ndf)</translation>
    </message>
    <message>
        <location filename="../widgets/train_options_panel.cpp" line="211"/>
        <source>EMA decay</source>
        <translation>EMA 감쇠</translation>
    </message>
    <message>
        <location filename="../widgets/train_options_panel.cpp" line="213"/>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <location filename="../widgets/train_options_panel.cpp" line="215"/>
        <source>Samples every</source>
        <translation>샘플 간격</translation>
    </message>
    <message>
        <location filename="../widgets/train_options_panel.cpp" line="217"/>
        <source>Checkpoint every</source>
        <translation>체크포인트 간격</translation>
    </message>
    <message>
        <location filename="../widgets/train_options_panel.cpp" line="219"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../widgets/train_options_panel.cpp" line="220"/>
        <source>CUDA</source>
        <translation>CUDA</translation>
    </message>
    <message>
        <location filename="../widgets/train_options_panel.cpp" line="221"/>
        <source>Device</source>
        <translation>장치</translation>
    </message>
    <message>
        <location filename="../widgets/train_options_panel.cpp" line="223"/>
        <source>all cores</source>
        <translation>모든 코어</translation>
    </message>
    <message>
        <location filename="../widgets/train_options_panel.cpp" line="224"/>
        <source>CPU threads</source>
        <translation>CPU 스레드</translation>
    </message>
    <message>
        <location filename="../widgets/train_options_panel.cpp" line="228"/>
        <source>ADA augmentations</source>
        <translation>ADA 증강</translation>
    </message>
    <message>
        <location filename="../widgets/train_options_panel.cpp" line="230"/>
        <source>ADA target r_t</source>
        <translation>ADA 목표 r_t</translation>
    </message>
    <message>
        <location filename="../widgets/train_options_panel.cpp" line="232"/>
        <source>ADA speed (kimg for p to move by 1)</source>
        <translation>ADA 속도 (p가 1 움직이는 데 필요한 kimg)</translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::TrainTab</name>
    <message>
        <location filename="../widgets/train_tab.cpp" line="65"/>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="66"/>
        <source>Start a new run with these settings</source>
        <translation>이 설정으로 새 실행 시작</translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="67"/>
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="68"/>
        <source>Pause after the current iteration (Space)</source>
        <translation>현재 반복이 끝나면 일시 정지 (Space)</translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="69"/>
        <source>Resume</source>
        <translation>재개</translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="70"/>
        <source>Continue a paused run, or resume a stopped or reopened run from its last checkpoint (Space)</source>
        <translation>일시 정지된 실행을 계속하거나, 중지했거나 다시 연 실행을 마지막 체크포인트부터 재개 (Space)</translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="71"/>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="72"/>
        <source>Stop after the current iteration and save a checkpoint</source>
        <translation>현재 반복이 끝나면 중지하고 체크포인트 저장</translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="75"/>
        <source>Checkpoint now</source>
        <translation>지금 체크포인트 저장</translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="76"/>
        <source>Save a checkpoint after the current iteration (Ctrl+S)</source>
        <translation>현재 반복이 끝나면 체크포인트 저장 (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="82"/>
        <source>Not training</source>
        <translation>학습 중이 아님</translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="97"/>
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="97"/>
        <source>Losses appear here while training (raw and smoothed).</source>
        <translation>학습 중에 손실이 여기에 표시됩니다 (원본과 평활).</translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="99"/>
        <source>metric</source>
        <translation>지표</translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="99"/>
        <source>Quality metrics (FD, KID, ...) appear here when a run computes them.</source>
        <translation>실행이 품질 지표(FD, KID 등)를 계산하면 여기에 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="101"/>
        <source>p, r_t</source>
        <translation>p, r_t</translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="101"/>
        <source>ADA&apos;s p and r_t appear here when training with ADA augmentation.</source>
        <translation>ADA 증강으로 학습하면 ADA의 p와 r_t가 여기에 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="103"/>
        <source>phase</source>
        <translation>단계</translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="103"/>
        <source>Progressive phases and stages appear here (PGGAN, ConSinGAN).</source>
        <translation>점진적 단계와 스테이지가 여기에 표시됩니다 (PGGAN, ConSinGAN).</translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="112"/>
        <source>ADA p / r_t</source>
        <translation>ADA p / r_t</translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="113"/>
        <source>Metrics</source>
        <translation>지표</translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="114"/>
        <source>Phases</source>
        <translation>단계</translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="116"/>
        <source>Nearest images</source>
        <translation>가장 가까운 이미지</translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="117"/>
        <source>Augmentation preview</source>
        <translation>증강 미리 보기</translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="118"/>
        <source>Log</source>
        <translation>로그</translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="146"/>
        <source>Resumed %1 at iteration %2 on %3</source>
        <translation>%1을(를) 반복 %2에서 %3(으)로 재개함</translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="147"/>
        <source>Started %1 on %2</source>
        <translation>%1을(를) %2에서 시작함</translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="160"/>
        <source>Iteration %1 of %2 · %3 it/s · ETA %4</source>
        <translation>반복 %1 / %2 · %3 it/s · 남은 시간 %4</translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="179"/>
        <source>Checkpoint at iteration %1: %2</source>
        <translation>반복 %1의 체크포인트: %2</translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="188"/>
        <source>Stopped at iteration %1; Resume continues from the checkpoint</source>
        <translation>반복 %1에서 중지됨. 재개하면 체크포인트부터 계속합니다</translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="190"/>
        <source>Finished: %1 iterations</source>
        <translation>완료: 반복 %1회</translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="191"/>
        <source>Stopped</source>
        <translation>중지됨</translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="191"/>
        <source>Training completed</source>
        <translation>학습 완료</translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="195"/>
        <source>Paused at iteration %1</source>
        <translation>반복 %1에서 일시 정지됨</translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="196"/>
        <source>Preparing the dataset and the models…</source>
        <translation>데이터셋과 모델 준비 중…</translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="236"/>
        <source>%1 already holds a run; the new run goes to %2</source>
        <translation>%1에 이미 실행이 있습니다. 새 실행은 %2에 저장됩니다</translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="276"/>
        <source>Stop the current training before opening another run.</source>
        <translation>다른 실행을 열기 전에 현재 학습을 중지하세요.</translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="296"/>
        <source>Opened %1 at iteration %2 of %3; Resume continues it</source>
        <translation>%1을(를) 열었습니다 (반복 %2 / %3). 재개하면 계속합니다</translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="300"/>
        <source>Opened %1: %2 records, %3 sample grids</source>
        <translation>%1을(를) 열었습니다: 기록 %2개, 샘플 격자 %3개</translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="362"/>
        <source>FID and KID from the standard Inception network you supplied: comparable with published numbers computed the same way (same sample counts and reference set).</source>
        <translation>제공한 표준 Inception 네트워크로 계산한 FID와 KID: 같은 방식(같은 샘플 수와 기준 집합)으로 계산한 공개 수치와 비교할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="364"/>
        <source>%1: Fréchet distance and KID on EfficientNet-Lite0 features, because the standard Inception network is not installed. Useful to compare runs here; not FID, and not comparable with published FID numbers. Give the Inception file (--inception) for FID.</source>
        <translation>%1: 표준 Inception 네트워크가 설치되어 있지 않아 EfficientNet-Lite0 특징으로 계산한 프레셰 거리와 KID입니다. 여기서 실행끼리 비교하는 데 쓸모 있지만 FID가 아니며 공개된 FID 수치와 비교할 수 없습니다. FID를 원하면 Inception 파일(--inception)을 주세요.</translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="372"/>
        <source>target %1</source>
        <translation>목표 %1</translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="386"/>
        <source>error</source>
        <translation>오류</translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="386"/>
        <source>warning</source>
        <translation>경고</translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="386"/>
        <source>info</source>
        <translation>정보</translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="394"/>
        <source>Training error</source>
        <translation>학습 오류</translation>
    </message>
</context>
</TS>
